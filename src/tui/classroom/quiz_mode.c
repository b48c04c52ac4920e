/*
 * Quiz mode (see quiz_mode.h): the state of the questions and the answers,
 * and what the quiz's keys do to the run. The question up is asked of the
 * core again whenever it is needed: it depends on where the run stands,
 * so it is the same question each time, and its answer is always that of
 * the run as it is (a learning rate changed while it was up included).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/atomic_file.h"
#include "tui/classroom/quiz_mode.h"
#include "tui/model/quiz_text.h"

#define QUIZ_MODE_HINT "quiz: one phase at a time; s asks, 1-4 answer (Q leaves the quiz)"

void quiz_mode_enter(struct quiz_mode *qm, struct driver *d)
{
	driver_pause(d);
	qm->on = true;
	qm->asking = true;
	qm->asked_at = quiz_position(d->trainer);
}

/* Q: enter quiz mode, or leave it (the answers and the score stay). */
static void quiz_mode_toggle(struct quiz_mode *qm, struct driver *d)
{
	if (qm->on) {
		qm->on = false;
		qm->asking = false;
		driver_say(d, false, "quiz off: score %d/%zu; Q asks again", qm->right, qm->count);
		return;
	}
	quiz_mode_enter(qm, d);
}

/* Keep answer a; false when there is no room for it. */
static bool quiz_mode_keep(struct quiz_mode *qm, const struct quiz_answer *a)
{
	if (qm->count == qm->capacity) {
		size_t capacity = qm->capacity ? 2 * qm->capacity : 64;
		struct quiz_answer *grown = realloc(qm->answers, capacity * sizeof *grown);
		if (grown == NULL)
			return false;
		qm->answers = grown;
		qm->capacity = capacity;
	}
	qm->answers[qm->count++] = *a;
	qm->right += a->chosen == a->question.right;
	return true;
}

/* 1 .. 4: answer the question up, then show the phase it asked about. */
static void quiz_mode_answer(struct quiz_mode *qm, struct driver *d, int chosen)
{
	struct quiz_answer a = { .chosen = chosen };
	char verdict[SCENE_MESSAGE_SIZE];

	if (!qm->on || !qm->asking) {
		driver_say(d, false, "%s",
			   qm->on ? "no question up: s asks the next one" : "Q starts the quiz");
		return;
	}
	quiz_ask(d->trainer, &a.question);
	if (chosen >= a.question.answers) {
		driver_say(d, false, "answer 1 to %d", a.question.answers);
		return;
	}
	if (!quiz_mode_keep(qm, &a)) {
		driver_say(d, true, "%s", "quiz: out of memory, answer not kept");
		return;
	}
	run_pair_step_phase(&d->pair); /* run A, and B in lockstep when it is open */
	qm->asking = false;
	quiz_text_verdict(&a.question, chosen, qm->right, (int)qm->count, verdict, sizeof verdict);
	driver_say(d, false, "%s", verdict);
}

/* s: ask the next question (the run stays where it is). */
static void quiz_mode_ask(struct quiz_mode *qm, struct driver *d)
{
	driver_pause(d);
	if (qm->asking) {
		driver_say(d, false, "%s", "answer first: 1-4 (Q leaves the quiz)");
		return;
	}
	qm->asking = true;
	qm->asked_at = quiz_position(d->trainer);
}

int quiz_mode_action(struct quiz_mode *qm, struct driver *d, enum keymap_action action)
{
	if (action == ACTION_QUIZ) {
		quiz_mode_toggle(qm, d);
		return 0;
	}
	if (action >= ACTION_ANSWER_1 && action <= ACTION_ANSWER_4) {
		quiz_mode_answer(qm, d, (int)(action - ACTION_ANSWER_1));
		return 0;
	}
	if (!qm->on)
		return -1;
	switch (action) {
	case ACTION_STEP_PHASE:
		quiz_mode_ask(qm, d);
		return 0;
	case ACTION_STEP_SAMPLE:
	case ACTION_RUN:
	case ACTION_RUN_EPOCH:
		driver_pause(d);
		driver_say(d, false, "%s", QUIZ_MODE_HINT);
		return 0;
	default:
		return -1;
	}
}

void quiz_mode_sync(struct quiz_mode *qm, const struct trainer *trainer)
{
	long here = quiz_position(trainer);

	while (qm->count > 0 && qm->answers[qm->count - 1].question.position >= here) {
		const struct quiz_answer *a = &qm->answers[--qm->count];
		qm->right -= a->chosen == a->question.right;
	}
	if (qm->asking && qm->asked_at != here)
		qm->asking = false;
}

bool quiz_mode_question(const struct quiz_mode *qm, const struct trainer *trainer, struct quiz_question *q)
{
	if (!qm->on || !qm->asking)
		return false;
	quiz_ask(trainer, q);
	return true;
}

/* atomic_file_writer for the answers: the score, then one line each. */
static void quiz_mode_write(FILE *f, const void *context)
{
	const struct quiz_mode *qm = context;
	char question[512], answer[32], why[160];

	fprintf(f, "edgeviz quiz: score %d/%zu\n", qm->right, qm->count);
	for (size_t i = 0; i < qm->count; i++) {
		const struct quiz_answer *a = &qm->answers[i];
		quiz_text_question(&a->question, question, sizeof question);
		quiz_text_answer(&a->question, a->question.right, answer, sizeof answer);
		quiz_text_why(&a->question, why, sizeof why);
		fprintf(f, "\n%zu. step %ld: %s\n   answered %d, %s: it is %d %s. %s.\n", i + 1,
			a->question.step, question, a->chosen + 1,
			a->chosen == a->question.right ? "right" : "wrong", a->question.right + 1, answer,
			why);
	}
}

int quiz_mode_export(const struct quiz_mode *qm, const char *path, char *err, size_t err_size)
{
	return atomic_file_write(path, quiz_mode_write, qm, err, err_size);
}

void quiz_mode_free(struct quiz_mode *qm)
{
	free(qm->answers);
	qm->answers = NULL;
	qm->count = qm->capacity = 0;
	qm->right = 0;
}
