/** Most files one attachment may hold: more than any site takes in one post (X 4, Instagram 20). */
export const MAX_FILES_PER_ATTACH = 20;
