import { NativeSelect, Switch, Textarea, TextInput } from '@mantine/core';
import { CATALOGUE, catalogueShape } from '@/core/memory/catalogue';
import { GPUS } from '@/core/memory/gpus';
import type { AttnImplementation, WeightDtype } from '@/core/memory/memory-inputs';
import { familyOf } from '@/core/memory/model-shape';
import { useLocale } from '@/web/shared/i18n/use-locale';
import type { MemoryPanelState } from './memory-state';
import { CONFIG_MODEL, CUSTOM_GPU, DEFAULT_LORA_TARGETS } from './memory-state';
import { NumberField } from './NumberField';
import classes from './memory.module.css';

interface MemorySetupFormProps {
  readonly state: MemoryPanelState;
  readonly onChange: (state: MemoryPanelState) => void;
}

const ATTN: readonly AttnImplementation[] = ['sdpa', 'flash_attention_2', 'eager'];

/** What the arguments lack: the model, its load dtype, the sequence length, LoRA, attention and the GPU. */
export function MemorySetupForm({ state, onChange }: MemorySetupFormProps) {
  const { t } = useLocale();
  const set = (patch: Partial<MemoryPanelState>) => onChange({ ...state, ...patch });
  const dtypes: { value: WeightDtype; label: string }[] = [
    { value: 'float32', label: t('float32 (default load)') },
    { value: 'bfloat16', label: 'bfloat16' },
    { value: 'float16', label: 'float16' },
  ];
  return (
    <div className={classes.form}>
      <NativeSelect
        size="xs"
        className={classes.wide}
        label={t('Model')}
        value={state.modelId}
        data={[...CATALOGUE.map((m) => ({ value: m.id, label: m.label })), { value: CONFIG_MODEL, label: t('Paste config.json…') }]}
        onChange={(event) => {
          const modelId = event.currentTarget.value;
          const model = CATALOGUE.find((m) => m.id === modelId);
          // Keep LoRA targets meaningful when the family changes.
          const family = model ? familyOf(catalogueShape(model)).family : null;
          set({ modelId, ...(family ? { loraTargets: DEFAULT_LORA_TARGETS[family] } : {}) });
        }}
      />
      {state.modelId === CONFIG_MODEL && (
        <Textarea
          size="xs"
          className={classes.full}
          label={t('config.json')}
          placeholder={t('Paste the model’s config.json')}
          autosize
          minRows={3}
          maxRows={8}
          value={state.configText}
          onChange={(event) => set({ configText: event.currentTarget.value })}
          spellCheck={false}
        />
      )}
      <NativeSelect
        size="xs"
        label={t('Load dtype')}
        value={state.loadDtype}
        data={dtypes}
        onChange={(event) => set({ loadDtype: event.currentTarget.value as WeightDtype })}
      />
      <NumberField label={t('Sequence length')} value={state.seqLen} min={1} max={10_000_000} whole onValid={(n) => n !== null && set({ seqLen: n })} />
      <NativeSelect
        size="xs"
        label={t('Attention')}
        value={state.attn}
        data={[...ATTN]}
        onChange={(event) => set({ attn: event.currentTarget.value as AttnImplementation })}
      />
      <NativeSelect
        size="xs"
        className={classes.wide}
        label={t('GPU')}
        value={state.gpuId}
        data={[...GPUS.map((g) => ({ value: g.id, label: g.label })), { value: CUSTOM_GPU, label: t('Custom size…') }]}
        onChange={(event) => set({ gpuId: event.currentTarget.value })}
      />
      {state.gpuId === CUSTOM_GPU && (
        <NumberField label={t('GPU memory (GiB)')} value={state.customGiB} min={1} max={10_000} onValid={(n) => n !== null && set({ customGiB: n })} />
      )}
      <Switch
        size="xs"
        className={classes.switch}
        label={t('LoRA')}
        checked={state.loraOn}
        onChange={(event) => set({ loraOn: event.currentTarget.checked })}
      />
      {state.loraOn && (
        <>
          <NumberField label={t('LoRA rank')} value={state.loraR} min={1} max={65_536} whole onValid={(n) => n !== null && set({ loraR: n })} />
          <TextInput
            size="xs"
            className={classes.wide}
            label={t('LoRA target modules')}
            value={state.loraTargets}
            spellCheck={false}
            onChange={(event) => set({ loraTargets: event.currentTarget.value })}
          />
        </>
      )}
    </div>
  );
}
