// Month names in the cases plans use them: «декабрь», «декабря», «декабре», «Август».
export const MONTH = "(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

const STEMS = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

export function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return STEMS.findIndex((stem) => lower.startsWith(stem)) + 1;
}

export const MONTH_NAMES_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
