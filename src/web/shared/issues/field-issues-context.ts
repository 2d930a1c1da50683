import { createContext } from 'react';
import { FieldIssueStore } from './field-issue-store';

export const FieldIssuesContext = createContext<FieldIssueStore>(new FieldIssueStore());
