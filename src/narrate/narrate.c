/*
 * The narrator's loop: read a key, do what it asks to the trainer, say what
 * happened. A terminal is put in non-canonical mode without echo (one key at
 * a time) and given back as it was; a pipe is read as it comes.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "narrate/narrate.h"
#include "narrate/narrator.h"
#include "narrate/sentences.h"

#define NARRATE_TEXT 4096
/* In a terminal, a run says one epoch a second, so that a key can stop it in time. */
#define NARRATE_EPOCH_MS 1000

static struct termios saved_termios;
static volatile sig_atomic_t termios_saved;

static void restore_terminal(void)
{
	if (termios_saved)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_termios);
}

/* A signal ends the narration: give the terminal back first. */
static void on_signal(int sig)
{
	restore_terminal();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* One key at a time, not echoed; the terminal is restored at exit and on a signal. */
static void raw_terminal(void)
{
	struct termios raw;

	if (tcgetattr(STDIN_FILENO, &saved_termios) != 0)
		return;
	raw = saved_termios;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	termios_saved = 1;
	atexit(restore_terminal);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw);
}

void narrator_say(const char *text)
{
	fputs(text, stdout);
	fflush(stdout);
}

/* The next key, waiting at most timeout_ms (-1: forever); -1 for none, at the end or on timeout. */
static int read_key(struct narrator *n, int timeout_ms)
{
	struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
	unsigned char c;

	if (n->eof)
		return -1;
	if (poll(&pfd, 1, timeout_ms) <= 0)
		return -1;
	ssize_t got = read(STDIN_FILENO, &c, 1);
	if (got == 1)
		return c;
	if (got == 0 || errno != EINTR)
		n->eof = true;
	return -1;
}

static void say_keys(void)
{
	narrator_say("Keys:\n"
		     "s: one phase (forward, loss, backward, update).\n"
		     "space: the next sample, whole.\n"
		     "b: back one step, exactly.\n"
		     "B: back one phase, exactly.\n"
		     "e: to the end of the epoch.\n"
		     "r: run, one line an epoch; any key pauses.\n"
		     "w: where the run stands.\n"
		     "?: this list.\n"
		     "q: quit.\n");
}

/* Say every epoch finished since done_before. */
void narrator_epochs(struct narrator *n, long done_before)
{
	char text[NARRATE_TEXT];

	for (long e = done_before; e < trainer_epochs_done(n->trainer); e++) {
		sentences_epoch(n->trainer, e, text, sizeof text);
		narrator_say(text);
	}
}

/* Finish the sample in progress (or train the next), one line for it. */
static void step_sample(struct narrator *n)
{
	char text[NARRATE_TEXT];
	long done = trainer_epochs_done(n->trainer);

	trainer_step_sample(n->trainer);
	sentences_sample(n->trainer, text, sizeof text);
	narrator_say(text);
	narrator_epochs(n, done);
}

static void step_phase(struct narrator *n)
{
	char text[NARRATE_TEXT];
	long done = trainer_epochs_done(n->trainer);

	trainer_step_phase(n->trainer);
	sentences_phase(n->trainer, text, sizeof text);
	narrator_say(text);
	narrator_epochs(n, done);
}

static void step_back(struct narrator *n)
{
	char text[NARRATE_TEXT];

	if (trainer_step_back(n->trainer) != 0) {
		narrator_say("Already at step 0.\n");
		return;
	}
	sentences_where(n->trainer, text, sizeof text);
	narrator_say(text);
}

/* Back one phase, exactly: say the phase the run stands on now. */
static void phase_back(struct narrator *n)
{
	char text[NARRATE_TEXT];

	if (trainer_phase_back(n->trainer) != 0) {
		narrator_say("Already at step 0.\n");
		return;
	}
	sentences_where(n->trainer, text, sizeof text);
	narrator_say(text);
	if (trainer_phase(n->trainer) != TRAINER_PHASE_READY) {
		sentences_phase(n->trainer, text, sizeof text);
		narrator_say(text);
	}
}

/* Train epoch after epoch to n->epochs, one line each; a key pauses. Returns that key, or -1. */
static int run(struct narrator *n)
{
	if (trainer_epochs_done(n->trainer) >= n->epochs) {
		narrator_say("All epochs are trained already.\n");
		return -1;
	}
	narrator_say("Running.\n");
	while (trainer_epochs_done(n->trainer) < n->epochs) {
		long done = trainer_epochs_done(n->trainer);
		trainer_run_epoch(n->trainer);
		narrator_epochs(n, done);
		int key = read_key(n, n->tty ? NARRATE_EPOCH_MS : 0);
		if (key >= 0) {
			narrator_say("Paused.\n");
			return key == 'r' ? -1 : key;
		}
	}
	narrator_say("Done: all epochs trained.\n");
	return -1;
}

bool narrator_key(struct narrator *n, int key)
{
	long done = trainer_epochs_done(n->trainer);

	switch (key) {
	case 's':
		step_phase(n);
		break;
	case ' ':
		step_sample(n);
		break;
	case 'b':
		step_back(n);
		break;
	case 'B':
		phase_back(n);
		break;
	case 'e':
		trainer_run_epoch(n->trainer);
		narrator_epochs(n, done);
		break;
	case 'r':
		key = run(n);
		return key < 0 || narrator_key(n, key);
	case 'w': {
		char text[NARRATE_TEXT];
		sentences_where(n->trainer, text, sizeof text);
		narrator_say(text);
		break;
	}
	case '?':
		say_keys();
		break;
	case 'q':
		return false;
	case '\n':
	case '\r':
		break;
	default:
		narrator_say("That key does nothing here; ? lists the keys.\n");
		break;
	}
	return true;
}

int narrate_run(struct trainer *trainer, long epochs)
{
	struct narrator n = { .trainer = trainer, .epochs = epochs, .tty = isatty(STDIN_FILENO) };
	int key;

	if (n.tty)
		raw_terminal();
	narrator_say("edgeviz narration: a network of 25 inputs, ");
	printf("%d hidden neurons and 2 outputs learns to tell Edge from No Edge.\n",
	       trainer_network(trainer)->hidden);
	narrator_say("Press s for one phase, space for a sample, ? for the keys, q to quit.\n");
	while ((key = read_key(&n, -1)) >= 0 || !n.eof)
		if (key >= 0 && !narrator_key(&n, key))
			break;
	narrator_say("Goodbye.\n");
	restore_terminal();
	return ferror(stdout) ? 1 : 0;
}
