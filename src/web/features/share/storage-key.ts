/** Where the working state lives between visits. */
export const STORAGE_KEY = 'trainargs-studio:state';

/** A copy of the work a share link replaced, so "Restore my work" can bring it back (kept until the next link). */
export const KEPT_WORK_KEY = 'trainargs-studio:state-before-link';
