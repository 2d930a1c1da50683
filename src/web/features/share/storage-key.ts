/** Where the working state lives between visits. */
export const STORAGE_KEY = 'trainargs-studio:state';
