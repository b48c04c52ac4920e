/*
 * The quiz in words: a question of the core (core/analysis/quiz.h) as the
 * narration asks it, with its numbered answers, and after the answer the
 * verdict with the one line that says why, with the numbers. Pure: strings
 * only, every number the core's.
 */
#ifndef EDGEVIZ_TUI_QUIZ_TEXT_H
#define EDGEVIZ_TUI_QUIZ_TEXT_H

#include <stddef.h>

#include "core/analysis/quiz.h"

/* "W1[r2c3]": the name of the weights of input pixel (row 2, column 3). */
void quiz_text_pixel(char *buf, size_t size, int pixel);

/*
 * The question and its answers numbered from 1:
 * "Quiz, forward of sample 5 (Edge): will h3 pass ReLU (z1 > 0)?  1 yes  2 no, blocked".
 */
void quiz_text_question(const struct quiz_question *q, char *buf, size_t size);

/* Answer i's words (0 .. q->answers - 1): "no, blocked". */
const char *quiz_text_answer(const struct quiz_question *q, int i, char *buf, size_t size);

/* Why the right answer is right, with the numbers: "z1 = -0.1234 <= 0, so h = 0". */
void quiz_text_why(const struct quiz_question *q, char *buf, size_t size);

/*
 * The verdict on answer chosen (from 0), the right one marked, the why and
 * the score: "Right: 2 no, blocked. z1 = ... score 3/4".
 */
void quiz_text_verdict(const struct quiz_question *q, int chosen, int right, int answered, char *buf,
		       size_t size);

#endif
