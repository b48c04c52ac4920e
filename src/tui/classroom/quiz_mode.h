/*
 * Quiz mode (--quiz, Q): predict, then step. Before a phase is shown the
 * narration asks a question about it (core/analysis/quiz.h) and the run
 * waits, its panels still at the phase before; 1 .. 4 answer, and only
 * then the run takes the phase, the message marks the right answer and
 * says why, and the score counts. s asks the next question; space, r and
 * e, which would show phases unasked, are refused with a hint.
 *
 * The answers are kept with where the run stood when each was asked, so
 * that going back (b, B, and anything that puts the run earlier) takes back
 * exactly the answers given from there on, and the score with them. No
 * curses: the key handlers drive it, the scene reads it.
 */
#ifndef EDGEVIZ_TUI_QUIZ_MODE_H
#define EDGEVIZ_TUI_QUIZ_MODE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/analysis/quiz.h"
#include "tui/driver.h"
#include "tui/model/keymap.h"

/* The second file of c's export: the score and every question answered. */
#define QUIZ_MODE_EXPORT "edgeviz-quiz.txt"

/* One answer given: the question as it was asked, and the answer chosen (from 0). */
struct quiz_answer {
	struct quiz_question question;
	int chosen;
};

struct quiz_mode {
	bool on;		     /* in quiz mode */
	bool asking;		     /* a question is up, waiting for its answer */
	long asked_at;		     /* the run's quiz_position when it was asked */
	struct quiz_answer *answers; /* in the order given */
	size_t count, capacity;
	int right; /* how many of them were right */
};

/* Enter quiz mode (or start in it, --quiz): the run pauses and the first question is asked. */
void quiz_mode_enter(struct quiz_mode *qm, struct driver *d);

/*
 * The quiz's part of an action (Q, 1 .. 4, and in quiz mode s, space, r,
 * e): return 0 when it took the action, -1 to let it go on as usual.
 */
int quiz_mode_action(struct quiz_mode *qm, struct driver *d, enum keymap_action action);

/*
 * After any input: take back the answers given at or after where the run
 * stands now (it went back), and drop a question asked elsewhere.
 */
void quiz_mode_sync(struct quiz_mode *qm, const struct trainer *trainer);

/* The question up now, if one is: true with it in *q. */
bool quiz_mode_question(const struct quiz_mode *qm, const struct trainer *trainer, struct quiz_question *q);

/* Write the score and the answers to path (atomically). 0, or -1 with err. */
int quiz_mode_export(const struct quiz_mode *qm, const char *path, char *err, size_t err_size);

/* Free the answers. */
void quiz_mode_free(struct quiz_mode *qm);

#endif
