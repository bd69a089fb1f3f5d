## Language
language-choose = Choose a language:
language-name-ru = Русский
language-name-en = English
language-changed = Language: English.
