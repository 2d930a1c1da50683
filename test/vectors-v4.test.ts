import { describeVectors } from './describe-vectors';

// The 4.x target mode: expectations from transformers 4.56's own TrainingArguments (see test/vectors/README.md).
describeVectors('v4 public vectors (transformers 4.56)', { file: 'v4-public.jsonl', count: 300, target: '4.56' });
