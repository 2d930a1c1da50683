import { defineField } from '../define-field';

/** Fields of the “script” section, in the order the form shows them. */
export const scriptFields = [
  defineField({
    name: 'do_train',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'advanced',
    summary: 'Flag for your own script meaning “run training”; the Trainer itself ignores it.',
    help: 'The example scripts check it to decide whether to call `trainer.train()`. Setting it changes nothing inside `Trainer`. Default False.',
  }),
  defineField({
    name: 'do_eval',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'advanced',
    summary: 'Flag for your own script meaning “run evaluation”; set automatically unless `eval_strategy` is `no`.',
    help: 'The Trainer does not read it: evaluation during training is controlled by `eval_strategy`. Scripts use it to decide whether to call `trainer.evaluate()`. Default False.',
  }),
  defineField({
    name: 'do_predict',
    kind: 'bool',
    pyType: 'bool',
    default: false,
    tier: 'advanced',
    summary: 'Flag for your own script meaning “predict on the test set”; the Trainer ignores it.',
    help: 'The example scripts use it to decide whether to call `trainer.predict()`. Setting it changes nothing inside `Trainer`. Default False.',
  }),
  defineField({
    name: 'resume_from_checkpoint',
    kind: 'string',
    pyType: 'str | None',
    default: null,
    nullable: true,
    tier: 'advanced',
    summary: 'Checkpoint folder for your own script to resume from; the Trainer does not read it.',
    help: 'Your script has to pass it on, as in `trainer.train(resume_from_checkpoint=args.resume_from_checkpoint)`. Calling `trainer.train(resume_from_checkpoint=True)` instead picks the newest checkpoint in `output_dir`. Default None.',
  }),
] as const;
