/** How far right a form's columns may reach; cells beyond are not part of any form. */
export const MAX_FORM_COLUMNS = 40;
