/** Most files one attachment may hold: more than any site takes in one post (X 4, Instagram 20). */
export const MAX_FILES_PER_ATTACH = 20;

/** Most characters of a post's text that are checked: longer than any site's post. */
export const MAX_COMPOSER_TEXT = 5000;
