/*
 * --cast on a terminal: the relay between the terminal and the visualizer
 * on its pseudo-terminal (see cast_live.h). One loop polls the terminal,
 * the pseudo-terminal, the marker pipe and a self-pipe that the signal
 * handlers write to; signals only set flags.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#if defined(HAVE_PTY_H)
#include <pty.h>
#elif defined(HAVE_UTIL_H)
#include <util.h>
#elif defined(HAVE_LIBUTIL_H)
#include <libutil.h>
#endif

#include "core/atomic_file.h"
#include "tui/cast_live.h"
#include "tui/classroom/cast.h"

/* The signals passed on to the child. */
static const int relay_forwarded[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };
#define RELAY_FORWARDED (sizeof relay_forwarded / sizeof relay_forwarded[0])

static volatile sig_atomic_t relay_pending[RELAY_FORWARDED]; /* caught, not yet passed on */
static volatile sig_atomic_t relay_winched;		     /* the terminal was resized */
static volatile sig_atomic_t relay_child_changed;	     /* SIGCHLD: stopped or ended */
static int relay_wake[2] = { -1, -1 };			     /* the self-pipe */

struct relay {
	struct cast cast;
	pid_t child;
	int master;  /* the pseudo-terminal */
	int markers; /* the child's marker lines; -1 once closed */
	struct termios saved;
	struct winsize size;
	double start;	 /* monotonic seconds at the start */
	bool gone;	 /* the terminal hung up: no more keys, output dropped */
	char line[128];	 /* a marker line in progress */
	size_t line_len; /* its length */
};

/* Seconds since the relay started. */
static double relay_now(const struct relay *r)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - r->start;
}

/* The handler of every signal the relay watches: a flag, and a byte on the self-pipe. */
static void relay_on_signal(int sig)
{
	int saved = errno;
	char byte = 1;

	if (sig == SIGWINCH)
		relay_winched = 1;
	else if (sig == SIGCHLD)
		relay_child_changed = 1;
	for (size_t i = 0; i < RELAY_FORWARDED; i++)
		if (relay_forwarded[i] == sig)
			relay_pending[i] = 1;
	if (write(relay_wake[1], &byte, 1) < 0) {
		/* The pipe is full: the loop is awake already. */
	}
	errno = saved;
}

/* Install relay_on_signal for sig (without SA_RESTART, so that poll wakes). */
static void relay_handle(int sig, void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* Write all of bytes to fd; false if it fails. */
static bool relay_write_all(int fd, const char *bytes, size_t length)
{
	while (length > 0) {
		ssize_t n = write(fd, bytes, length);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		bytes += n;
		length -= (size_t)n;
	}
	return true;
}

/* The terminal raw while the child runs (output processing kept, for the child's stderr). */
static void relay_raw(const struct relay *r)
{
	struct termios t = r->saved;

	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | ISIG | IEXTEN);
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF | ICRNL | INLCR | IGNCR | ISTRIP | BRKINT | PARMRK);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

/* The terminal's size onto the pseudo-terminal; a change written as an "r" event. */
static void relay_size(struct relay *r)
{
	struct winsize ws;

	if (ioctl(STDIN_FILENO, TIOCGWINSZ, &ws) != 0)
		return;
	if (ws.ws_col == r->size.ws_col && ws.ws_row == r->size.ws_row)
		return;
	r->size = ws;
	ioctl(r->master, TIOCSWINSZ, &ws);
	cast_resize(&r->cast, relay_now(r), ws.ws_col, ws.ws_row);
}

/* Send sig to the visualizer: the pseudo-terminal's foreground group (else the child). */
static void relay_kill(const struct relay *r, int sig)
{
	pid_t group = tcgetpgrp(r->master);

	if (group > 0)
		kill(-group, sig);
	else
		kill(r->child, sig);
}

/* Relay what the child wrote; return what read returned (0 or -1: it has closed its terminal). */
static ssize_t relay_output(struct relay *r)
{
	char buf[16384];
	ssize_t n = read(r->master, buf, sizeof buf);

	if (n < 0 && errno == EINTR)
		return 1; /* nothing yet, but not the end */
	if (n > 0) {
		cast_output(&r->cast, relay_now(r), buf, (size_t)n);
		if (!r->gone && !relay_write_all(STDOUT_FILENO, buf, (size_t)n))
			r->gone = true;
	}
	return n;
}

/* Relay what the child wrote and is there now, without waiting. */
static void relay_drain(struct relay *r)
{
	struct pollfd p = { .fd = r->master, .events = POLLIN };

	while (poll(&p, 1, 0) == 1 && (p.revents & POLLIN) && relay_output(r) > 0)
		continue;
}

/* Keys from the terminal to the child; end-of-file or an error: the terminal is gone. */
static void relay_input(struct relay *r)
{
	char buf[4096];
	ssize_t n = read(STDIN_FILENO, buf, sizeof buf);

	if (n < 0 && errno == EINTR)
		return;
	if (n <= 0) {
		r->gone = true;
		relay_kill(r, SIGHUP);
		return;
	}
	relay_write_all(r->master, buf, (size_t)n);
}

/* The child's marker lines, each a marker at the time it came (after its frame's output). */
static void relay_markers(struct relay *r)
{
	char buf[512];
	ssize_t n = read(r->markers, buf, sizeof buf);

	if (n <= 0) {
		if (n == 0 || errno != EINTR) {
			close(r->markers);
			r->markers = -1;
		}
		return;
	}
	relay_drain(r);
	for (ssize_t i = 0; i < n; i++) {
		if (buf[i] != '\n') {
			if (r->line_len < sizeof r->line - 1)
				r->line[r->line_len++] = buf[i];
			continue;
		}
		r->line[r->line_len] = '\0';
		cast_marker(&r->cast, relay_now(r), r->line);
		r->line_len = 0;
	}
}

/*
 * The child stopped (Ctrl-Z): give the terminal back and stop as it did, so
 * that the shell takes over; on fg, take the terminal again and continue it
 * (ncurses repaints its whole screen then).
 */
static void relay_stop(struct relay *r)
{
	relay_drain(r);
	tcsetattr(STDIN_FILENO, TCSANOW, &r->saved);
	relay_handle(SIGTSTP, SIG_DFL);
	kill(0, SIGTSTP); /* the whole job, as ncurses does: a script that ran us stops too */
	relay_handle(SIGTSTP, relay_on_signal);
	tcgetattr(STDIN_FILENO, &r->saved);
	relay_raw(r);
	relay_size(r);
	kill(r->child, SIGCONT);
}

/* Pass the signals caught on; see to a child that stopped. True once it has ended (status). */
static bool relay_signals(struct relay *r, int *status)
{
	for (size_t i = 0; i < RELAY_FORWARDED; i++)
		if (relay_pending[i]) {
			relay_pending[i] = 0;
			relay_kill(r, relay_forwarded[i]);
		}
	if (relay_winched) {
		relay_winched = 0;
		relay_size(r);
	}
	if (!relay_child_changed)
		return false;
	relay_child_changed = 0;
	pid_t pid = waitpid(r->child, status, WNOHANG | WUNTRACED);
	if (pid == r->child && WIFSTOPPED(*status))
		relay_stop(r);
	return pid == r->child && (WIFEXITED(*status) || WIFSIGNALED(*status));
}

/*
 * Relay until the child has closed its terminal (the pseudo-terminal then
 * reads as ended, whatever order the signals came in); return its wait status.
 */
static int relay_loop(struct relay *r)
{
	int status = 0;
	bool ended = false;
	char drain[64];

	for (;;) {
		struct pollfd fds[4] = {
			{ .fd = r->master, .events = POLLIN },
			{ .fd = relay_wake[0], .events = POLLIN },
			{ .fd = r->gone ? -1 : STDIN_FILENO, .events = POLLIN },
			{ .fd = r->markers, .events = POLLIN },
		};
		ended |= relay_signals(r, &status);
		if (poll(fds, 4, -1) < 0)
			continue;
		while (read(relay_wake[0], drain, sizeof drain) > 0)
			continue;
		if (fds[0].revents && relay_output(r) <= 0)
			break;
		if (fds[2].revents)
			relay_input(r);
		if (fds[3].revents)
			relay_markers(r);
	}
	while (r->markers >= 0)
		relay_markers(r);
	while (!ended && waitpid(r->child, &status, 0) < 0 && errno == EINTR)
		continue;
	return status;
}

/*
 * The session's leader, as a shell is: it waits for the visualizer. When the
 * visualizer stops (Ctrl-Z), the leader stops too, so that the relay sees
 * it, and continues the visualizer when it is continued itself. Returns the
 * visualizer's exit status (128 + N for a signal N).
 */
static int relay_leader(pid_t program, int slave)
{
	int status;

	for (;;) {
		if (waitpid(program, &status, WUNTRACED) < 0) {
			if (errno == EINTR)
				continue;
			return 1;
		}
		if (WIFEXITED(status))
			return WEXITSTATUS(status);
		if (WIFSIGNALED(status))
			return 128 + WTERMSIG(status);
		raise(SIGSTOP);
		tcsetpgrp(slave, program);
		kill(-program, SIGCONT);
	}
}

/* The visualizer, in a process group of its own in the foreground of the pseudo-terminal. */
static void relay_program(int slave, int marker_fd, cast_live_program *program, void *context)
{
	relay_handle(SIGTTOU, SIG_DFL);
	setpgid(0, 0);
	tcsetpgrp(slave, getpid());
	dup2(slave, STDIN_FILENO);
	dup2(slave, STDOUT_FILENO);
	if (slave > STDOUT_FILENO)
		close(slave);
	int status = program(context, marker_fd);
	close(marker_fd);
	exit(status);
}

/*
 * The child: a new session whose controlling terminal is the
 * pseudo-terminal, led by this process, with the visualizer in a process
 * group of its own in the foreground. A session leader's group is orphaned
 * (its parent is in another session), and the kernel discards Ctrl-Z for
 * an orphaned group: hence a leader apart from the visualizer, as a shell.
 */
static void relay_child(int master, int slave, int markers[2], cast_live_program *program, void *context)
{
	close(master);
	close(markers[0]);
	close(relay_wake[0]);
	close(relay_wake[1]);
	relay_handle(SIGCHLD, SIG_DFL);
	relay_handle(SIGTTOU, SIG_IGN); /* tcsetpgrp from the background */
	setsid();
	ioctl(slave, TIOCSCTTY, 0);
	pid_t pid = fork();
	if (pid == 0)
		relay_program(slave, markers[1], program, context);
	close(markers[1]);
	if (pid > 0) {
		setpgid(pid, pid);
		tcsetpgrp(slave, pid);
	}
	_exit(pid > 0 ? relay_leader(pid, slave) : 1);
}

/* Open the pseudo-terminal and the pipes, and start the child. 0, or -1 with err. */
static int relay_begin(struct relay *r, cast_live_program *program, void *context, char *err, size_t err_size)
{
	int slave, markers[2];

	if (tcgetattr(STDIN_FILENO, &r->saved) != 0 || ioctl(STDIN_FILENO, TIOCGWINSZ, &r->size) != 0 ||
	    openpty(&r->master, &slave, NULL, &r->saved, &r->size) != 0 || pipe(markers) != 0 ||
	    (relay_wake[0] < 0 && pipe(relay_wake) != 0)) {
		snprintf(err, err_size, "cannot make a pseudo-terminal: %s", strerror(errno));
		return -1;
	}
	for (int i = 0; i < 2; i++)
		fcntl(relay_wake[i], F_SETFL, fcntl(relay_wake[i], F_GETFL) | O_NONBLOCK);
	fflush(NULL);
	r->child = fork();
	if (r->child < 0) {
		snprintf(err, err_size, "cannot start: %s", strerror(errno));
		return -1;
	}
	if (r->child == 0)
		relay_child(r->master, slave, markers, program, context);
	close(slave);
	close(markers[1]);
	r->markers = markers[0];
	return 0;
}

/* The exit status the program would have had: its own, or 128 + the signal that ended it. */
static int relay_status(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 1;
}

int cast_live_run(const char *path, const char *title, cast_live_program *program, void *context)
{
	static struct relay r;
	char err[512];

	memset(&r, 0, sizeof r);
	r.start = relay_now(&r);
	relay_handle(SIGCHLD, relay_on_signal); /* before the child can end */
	if (atomic_file_check(path, err, sizeof err) != 0 ||
	    relay_begin(&r, program, context, err, sizeof err)) {
		fprintf(stderr, "edgeviz: --cast: %s\n", err);
		return 1;
	}
	cast_begin(&r.cast, r.size.ws_col, r.size.ws_row, (long long)time(NULL), title, getenv("TERM"));
	for (size_t i = 0; i < RELAY_FORWARDED; i++)
		relay_handle(relay_forwarded[i], relay_on_signal);
	relay_handle(SIGWINCH, relay_on_signal);
	relay_raw(&r);
	int status = relay_status(relay_loop(&r));
	tcsetattr(STDIN_FILENO, TCSANOW, &r.saved);
	close(r.master);
	if (cast_save(&r.cast, path, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: --cast: %s\n", err);
		status = 1;
	}
	cast_free(&r.cast);
	return status;
}

void cast_live_marker(void *context, const char *label)
{
	char line[128];
	int n = snprintf(line, sizeof line, "%s\n", label);

	if (n > 0 && (size_t)n < sizeof line)
		relay_write_all((int)(intptr_t)context, line, (size_t)n);
}
