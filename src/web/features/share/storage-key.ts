/** Where the working state lives between visits. */
export const STORAGE_KEY = 'trainargs-studio:state';

/** A copy of the work a share link replaced, so "Restore my work" can bring it back (kept until the next link). */
export const KEPT_WORK_KEY = 'trainargs-studio:state-before-link';

/** The release and class of saved work the page last said it opened on (`5.18 SFTConfig`), so it says so once. */
export const TOLD_SCHEMA_KEY = 'trainargs-studio:told-schema';
