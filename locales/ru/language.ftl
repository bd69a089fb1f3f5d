## Language
language-choose = Выберите язык:
language-name-ru = Русский
language-name-en = English
language-changed = Язык: русский.
