import { spawnSync } from 'node:child_process';
import { BashOracle } from './bash-oracle';
import type { Need, Oracles } from './fuzz-targets';
import { PYTHON_FOUND, PYYAML_FOUND, PythonOracle } from './python-oracle';

const BASH_FOUND = spawnSync('bash', ['--version']).status === 0;

/** Why a target cannot run here (a checker is missing), or undefined when it can. */
export function missingNeed(needs: readonly Need[]): string | undefined {
  if (needs.includes('python') && !PYTHON_FOUND) return 'python3 not found';
  if (needs.includes('pyyaml') && !PYYAML_FOUND) return 'PyYAML not installed';
  if (needs.includes('bash') && !BASH_FOUND) return 'bash not found';
  return undefined;
}

/** The checkers, each started on first use and all closed together. */
export function startOracles(): Oracles & { close: () => void } {
  let python: PythonOracle | undefined;
  let bash: BashOracle | undefined;
  return {
    python: () => (python ??= new PythonOracle()),
    bash: () => (bash ??= new BashOracle()),
    close: () => {
      python?.close();
      bash?.close();
    },
  };
}
