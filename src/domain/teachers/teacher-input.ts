// One teacher as typed or read from a file: ФИО of at least two words, a position, an optional career start year.
import { z } from "zod";
import { textKey, tidy } from "../courses/text-key.js";
import { MAX_POSITION, MAX_TEACHER_NAME } from "./teacher-view.js";

export const teacherFields = z.object({
  fullName: z
    .string()
    .transform(tidy)
    .pipe(z.string().min(1, "ФИО не заполнено").max(MAX_TEACHER_NAME, `ФИО длиннее ${MAX_TEACHER_NAME} знаков`)),
  position: z.string().transform(tidy).pipe(z.string().max(MAX_POSITION)).default("учитель"),
  careerStartYear: z.number().int().min(1950).max(2100).nullish(),
});

export type TeacherFields = z.output<typeof teacherFields>;

export const nameKeyOf = (fullName: string): string => textKey(fullName);
