// The real Russian texts of the plans feature, for tests of what the preview says.
import { createI18n, translator } from "../../../src/bot/i18n.js";

const i18n = createI18n(() => "ru");
export const ruTranslate = translator(i18n as never, "ru");
