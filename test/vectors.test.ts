import { describeVectors } from './describe-vectors';

describeVectors('v5 public vectors', { file: 'v5-public.jsonl', count: 400, target: '5.2-5.5' });
