/** Telegram HTML parse mode needs only these three escaped; names like «СОШ <№1>» must not break a message. */
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
