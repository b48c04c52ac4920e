/*
 * Curses mode in and out. SIGINT, SIGTERM, SIGHUP and SIGQUIT (a stray
 * Ctrl-\ key) only set a flag and wake the main loop through a pipe, so
 * that the loop leaves as on q. A terminal that hangs up without a SIGHUP
 * reaching us (the tmux server killed under a shell that ignores it) is
 * noticed by poll() and treated as one. A crash (SIGSEGV, SIGBUS, SIGFPE,
 * SIGILL, SIGABRT) cannot run endwin safely, so its handler writes the
 * terminal's reset strings (read from terminfo beforehand) and the saved
 * termios back, then dies of the same signal. SIGTSTP and SIGCONT are left to ncurses, whose
 * handler leaves curses mode, stops, and repaints the whole screen on return.
 * SIGWINCH goes to ncurses's handler through ours, which notes it and wakes
 * the loop too (see term_size_check).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "tui/screen/term.h"

#define TERM_RESET_SIZE 512

static volatile sig_atomic_t term_caught;
static int term_pipe[2] = { -1, -1 };
static struct termios term_saved;
static bool term_saved_ok;
static char term_reset[TERM_RESET_SIZE];
static size_t term_reset_len;
static bool term_active;
static bool term_mouse_on;
static SCREEN *term_screen;
static FILE *term_headless_in;		   /* /dev/null, the input of a screen with no terminal */
static volatile sig_atomic_t term_winched; /* a SIGWINCH since term_size_check looked */
static bool term_size_settling;		   /* one came; no full repaint since */
static struct sigaction term_curses_winch; /* ncurses's own SIGWINCH handler */

/* The handler of the signals that end the program: note it, wake the loop. */
static void term_on_signal(int sig)
{
	int saved = errno;
	char byte = 1;

	term_caught = sig;
	if (term_pipe[1] >= 0 && write(term_pipe[1], &byte, 1) < 0) {
		/* The pipe is full: the loop is awake already. */
	}
	errno = saved;
}

/* The handler of SIGWINCH: note it, wake the loop, and let ncurses see it as ever. */
static void term_on_winch(int sig, siginfo_t *info, void *context)
{
	int saved = errno;
	char byte = 1;

	term_winched = 1;
	if (term_pipe[1] >= 0 && write(term_pipe[1], &byte, 1) < 0) {
		/* The pipe is full: the loop is awake already. */
	}
	errno = saved;
	if (term_curses_winch.sa_flags & SA_SIGINFO)
		term_curses_winch.sa_sigaction(sig, info, context);
	else if (term_curses_winch.sa_handler != SIG_DFL && term_curses_winch.sa_handler != SIG_IGN)
		term_curses_winch.sa_handler(sig);
}

/* Put ours in front of the SIGWINCH handler that newterm installed. */
static void term_watch_size(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = term_on_winch;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGWINCH, &sa, &old) == 0 &&
	    !((old.sa_flags & SA_SIGINFO) && old.sa_sigaction == term_on_winch))
		term_curses_winch = old;
	term_winched = 0;
	term_size_settling = false;
}

enum term_size term_size_check(void)
{
	if (term_winched) {
		term_winched = 0;
		term_size_settling = true;
		return TERM_SIZE_CHANGING;
	}
	if (term_size_settling) {
		term_size_settling = false;
		return TERM_SIZE_SETTLED;
	}
	return TERM_SIZE_STEADY;
}

bool term_size_unsettled(void)
{
	return term_winched || term_size_settling;
}

/* The handler of crashes: restore the terminal with async-signal-safe calls, re-raise. */
static void term_on_crash(int sig)
{
	if (term_active) {
		if (term_reset_len > 0 && write(STDOUT_FILENO, term_reset, term_reset_len) < 0) {
			/* nothing more can be done */
		}
		if (term_saved_ok)
			tcsetattr(STDIN_FILENO, TCSANOW, &term_saved);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Install handler for sig, without SA_RESTART so that waits are interrupted. */
static void term_handle(int sig, void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* Append a terminfo string capability to the crash reset sequence. */
static void term_reset_add(const char *cap)
{
	char *s = tigetstr(cap);
	size_t n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (term_reset_len + n >= TERM_RESET_SIZE)
		return;
	memcpy(term_reset + term_reset_len, s, n);
	term_reset_len += n;
}

/* Restore the terminal when something calls exit() behind our back. */
static void term_at_exit(void)
{
	term_stop();
}

/* Make the self-pipe that signals wake the main loop through. */
static int term_make_pipe(void)
{
	int i;

	if (term_pipe[0] >= 0)
		return 0;
	if (pipe(term_pipe) != 0)
		return -1;
	for (i = 0; i < 2; i++) {
		fcntl(term_pipe[i], F_SETFL, fcntl(term_pipe[i], F_GETFL) | O_NONBLOCK);
		fcntl(term_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	return 0;
}

/*
 * Refuse a terminal type that terminfo does not know, or one that cannot move
 * the cursor (a hard-copy or "glass" terminal): curses would print the panels
 * as a stream of text. Checked before newterm, so nothing is written.
 */
static int term_check_type(char *err, size_t err_size)
{
	const char *name = getenv("TERM") != NULL ? getenv("TERM") : "";
	int status = 0;
	const char *cup;

	if (setupterm(NULL, STDOUT_FILENO, &status) != OK) {
		snprintf(err, err_size, "unknown terminal type '%s'; try another TERM, or --batch", name);
		return -1;
	}
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1 || tigetflag("hc") > 0) {
		del_curterm(cur_term);
		snprintf(err, err_size,
			 "terminal type '%s' cannot move the cursor; try another TERM, or --batch", name);
		return -1;
	}
	del_curterm(cur_term);
	return 0;
}

/*
 * Turn off XON/XOFF flow control for the program's terminal mode: with it on,
 * a stray Ctrl-S would freeze the screen (and block every write, even the
 * one that restores the terminal on the way out) until a Ctrl-Q. ncurses
 * restores the shell's own settings, flow control included, on the way out.
 */
static void term_no_flow_control(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) != 0)
		return;
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		def_prog_mode();
}

/* Enter curses mode, with our signal handlers installed first. */
int term_start(char *err, size_t err_size)
{
	static bool registered;

	if (term_make_pipe() != 0) {
		snprintf(err, err_size, "cannot create a pipe: %s", strerror(errno));
		return -1;
	}
	if (term_check_type(err, err_size) != 0)
		return -1;
	term_saved_ok = tcgetattr(STDIN_FILENO, &term_saved) == 0;
	/* Ours before curses starts, so that ncurses keeps its hands off them. */
	term_handle(SIGINT, term_on_signal);
	term_handle(SIGTERM, term_on_signal);
	term_handle(SIGHUP, term_on_signal);
	term_handle(SIGQUIT, term_on_signal);
	term_handle(SIGSEGV, term_on_crash);
	term_handle(SIGBUS, term_on_crash);
	term_handle(SIGFPE, term_on_crash);
	term_handle(SIGILL, term_on_crash);
	term_handle(SIGABRT, term_on_crash);
	term_screen = newterm(NULL, stdout, stdin);
	if (term_screen == NULL) {
		snprintf(err, err_size, "cannot use terminal type '%s'; try --batch",
			 getenv("TERM") != NULL ? getenv("TERM") : "");
		return -1;
	}
	term_active = true;
	term_watch_size();
	if (!registered) {
		atexit(term_at_exit);
		registered = true;
	}
	cbreak();
	noecho();
	term_no_flow_control();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	term_reset_len = 0;
	term_reset_add("sgr0");
	term_reset_add("cnorm");
	term_reset_add("rmkx");
	term_reset_add("rmcup");
	return 0;
}

/* Curses mode on a file, at width x height, with no terminal. */
int term_start_headless(FILE *out, int width, int height, const char *term, char *err, size_t err_size)
{
	char rows_text[16], cols_text[16];

	term_headless_in = fopen("/dev/null", "r");
	if (term_headless_in == NULL) {
		snprintf(err, err_size, "cannot open /dev/null: %s", strerror(errno));
		return -1;
	}
	/* With no terminal to ask, ncurses takes the size from these. */
	snprintf(rows_text, sizeof rows_text, "%d", height);
	snprintf(cols_text, sizeof cols_text, "%d", width);
	setenv("LINES", rows_text, 1);
	setenv("COLUMNS", cols_text, 1);
	term_screen = newterm(term, out, term_headless_in);
	if (term_screen == NULL) {
		snprintf(err, err_size, "cannot use terminal type '%s'", term);
		fclose(term_headless_in);
		term_headless_in = NULL;
		return -1;
	}
	term_active = true;
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	curs_set(0);
	return 0;
}

/* Leave curses mode and put the terminal back as it was. */
void term_stop(void)
{
	if (!term_active)
		return;
	term_active = false;
	term_mouse(false);
	curs_set(1);
	endwin();
	if (term_screen != NULL) {
		delscreen(term_screen);
		term_screen = NULL;
	}
	if (term_headless_in != NULL) {
		fclose(term_headless_in);
		term_headless_in = NULL;
	}
}

/* Wait for a key, a signal or timeout_ms (-1: for ever), using no CPU. */
bool term_wait(int timeout_ms)
{
	struct pollfd fds[2] = {
		{ .fd = STDIN_FILENO, .events = POLLIN },
		{ .fd = term_pipe[0], .events = POLLIN },
	};
	char drain[16];
	int n;

	if (term_caught)
		return false;
	n = poll(fds, 2, timeout_ms);
	if (n <= 0)
		return n < 0 && errno == EINTR; /* a resize, maybe: let curses look */
	if (fds[1].revents & POLLIN)
		while (read(term_pipe[0], drain, sizeof drain) > 0)
			continue;
	if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
		/*
		 * The terminal went away without a SIGHUP: leave as if one came.
		 * A hung-up terminal reports POLLIN as well (reads give EOF), so
		 * that must not count as input: the loop would spin on it.
		 */
		term_caught = SIGHUP;
		return false;
	}
	return (fds[0].revents & POLLIN) != 0;
}

/* If the terminal is gone (a hung-up one fails every request with EIO), act as on SIGHUP. */
void term_check_gone(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) != 0 && errno != EINTR)
		term_caught = SIGHUP;
}

/* The terminating signal caught (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0. */
int term_signal(void)
{
	return term_caught;
}

/* Turn mouse reporting on (for the patch editor) or off. */
void term_mouse(bool on)
{
	if (on == term_mouse_on)
		return;
	term_mouse_on = on;
	if (on) {
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED, NULL);
	} else {
		mousemask(0, NULL);
	}
}
