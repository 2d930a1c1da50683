import { describeVectors } from './describe-vectors';

// Released versions: each line carries its "target" (see test/vectors/README.md).
describeVectors('v5.18 public vectors (transformers 5.18.0, band 5.15–5.18)', { file: 'v5.18-public.jsonl', count: 400, target: '5.15-5.18' });
describeVectors('v4.57 public vectors (transformers 4.57.6)', { file: 'v4.57-public.jsonl', count: 300, target: '4.57' });
