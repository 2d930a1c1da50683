import type { Message, NoParams } from '../i18n/messages/message';
import type { PyValue } from '../py/py-value';

/**
 * What the user must know or still decide about a generated side file (DeepSpeed JSON, accelerate YAML), by
 * message code (`emit.…`): the catalogues word it in each language, the accelerate YAML quotes the English.
 */
export type EmitNote = Message<EmitNoteCode>;

/** How to fix an `fsdp_config` value the library rejects: a version, one of the listed choices, or a bool. */
export type RejectedFix = { readonly kind: 'version' } | { readonly kind: 'one-of'; readonly choices: readonly string[] } | { readonly kind: 'bool' };

/** Why the file uses the ZeRO stage it does, when the user named one. */
export type StageSource = 'dict' | 'file-name';

/** The codes of the side-file notes (the catalogue test checks each language has them). */
export const EMIT_NOTE_CODES = [
  'emit.deepspeed.save-as',
  'emit.deepspeed.from-dict',
  'emit.deepspeed.unset',
  'emit.deepspeed.stage-default',
  'emit.deepspeed.stage',
  'emit.deepspeed.adamw',
  'emit.deepspeed.no-optimizer',
  'emit.deepspeed.no-scheduler',
  'emit.deepspeed.scheduler',
  'emit.deepspeed.zero3-save',
  'emit.deepspeed.hidden-size',
  'emit.accelerate.fsdp-config-file',
  'emit.accelerate.rejected',
  'emit.accelerate.fsdp-off',
  'emit.accelerate.xla',
  'emit.accelerate.wrap-class',
  'emit.accelerate.multi-node',
  'emit.accelerate.one-process',
  'emit.accelerate.in-step',
] as const;

export type EmitNoteCode = (typeof EMIT_NOTE_CODES)[number];

declare module '../i18n/messages/message' {
  interface MessageParams {
    /** `file`: the path `deepspeed` names. */
    'emit.deepspeed.save-as': { readonly file: string };
    /** `file`: the file name the file is offered under. */
    'emit.deepspeed.from-dict': { readonly file: string };
    'emit.deepspeed.unset': { readonly file: string };
    'emit.deepspeed.stage-default': NoParams;
    'emit.deepspeed.stage': { readonly stage: number; readonly offload: boolean; readonly from: StageSource };
    /** `optim`: the user's optimizer, which DeepSpeed's AdamW stands in for. */
    'emit.deepspeed.adamw': { readonly optim: string };
    /** `optim`: the optimizer DeepSpeed has no counterpart of (`adafactor` for 4.x `adafactor=True`). */
    'emit.deepspeed.no-optimizer': { readonly optim: string };
    'emit.deepspeed.no-scheduler': { readonly schedule: string };
    /** `scheduler`: DeepSpeed's scheduler class; `schedule`: the `lr_scheduler_type` it matches. */
    'emit.deepspeed.scheduler': { readonly scheduler: string; readonly schedule: string };
    'emit.deepspeed.zero3-save': NoParams;
    'emit.deepspeed.hidden-size': NoParams;
    /** `file`: what `fsdp_config` holds instead of a dict. */
    'emit.accelerate.fsdp-config-file': { readonly file: PyValue };
    /** `key`: the `fsdp_config` key, `value`: what it holds. */
    'emit.accelerate.rejected': { readonly key: string; readonly value: PyValue; readonly fix: RejectedFix };
    'emit.accelerate.fsdp-off': NoParams;
    'emit.accelerate.xla': NoParams;
    'emit.accelerate.wrap-class': NoParams;
    'emit.accelerate.multi-node': NoParams;
    'emit.accelerate.one-process': NoParams;
    'emit.accelerate.in-step': NoParams;
  }
}
