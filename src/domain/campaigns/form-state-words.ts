// A school's form state in the words the bot uses (locales/ru/campaigns.ftl, `results-status-*`): the XLSX
// files say the same, so a methodologist comparing the chat with the table reads one vocabulary. A test keeps
// the two in step. Schools are named by their short name in both; the full name has its own column.
export const FORM_STATE_WORDS_RU = { none: "не начат", draft: "черновик", submitted: "сдан" } as const;

export type FormState = keyof typeof FORM_STATE_WORDS_RU;
