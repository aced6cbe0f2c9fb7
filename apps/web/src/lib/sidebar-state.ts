/** The cookie remembering a collapsed sidebar; the server reads it so the first paint is right. */
export const sidebarCookie = "sidebar_collapsed";
