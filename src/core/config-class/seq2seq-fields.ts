import type { ClassFieldSpec } from './define-config-class';

/** The five generation fields `Seq2SeqTrainingArguments` adds (same on every band); it changes no default. */
export const SEQ2SEQ_FIELDS: readonly ClassFieldSpec[] = [
  {
    name: 'sortish_sampler',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    summary: 'Sample batches of similar lengths, with some randomness, to cut padding.',
    help: 'Only works with the legacy Seq2SeqDataset of the examples; other datasets ignore it.',
  },
  {
    name: 'predict_with_generate',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'core',
    summary: 'Run generate() during evaluation and prediction, so metrics such as ROUGE or BLEU can be computed.',
    help: 'Slower than teacher-forced evaluation, but needed for metrics on generated text.',
  },
  {
    name: 'generation_max_length',
    kind: 'int',
    pyType: 'int | None',
    default: null,
    nullable: true,
    tier: 'core',
    summary: 'max_length for generate() during evaluation; empty uses the model’s generation config.',
    help: 'Read only with predict_with_generate.',
  },
  {
    name: 'generation_num_beams',
    kind: 'int',
    pyType: 'int | None',
    default: null,
    nullable: true,
    summary: 'Beams for beam search during evaluation; empty uses the model’s generation config.',
    help: 'Read only with predict_with_generate.',
  },
  {
    name: 'generation_config',
    kind: 'string',
    pyType: 'str | Path | GenerationConfig | None',
    default: null,
    nullable: true,
    summary: 'A GenerationConfig to load for evaluation: a Hub name, a folder, or a file path.',
    help: 'A GenerationConfig object can be passed in Python; here, give its name or path.',
  },
];
