/*
 * The terminal's life: entering curses mode, waiting for input without
 * spending CPU, and leaving curses mode on every way out (quit, a signal, a
 * crash, exit()). The only module that installs signal handlers.
 */
#ifndef EDGEVIZ_TUI_TERM_H
#define EDGEVIZ_TUI_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * Enter curses mode. Return 0, or -1 with a one-line reason in err (among
 * them a terminal type that is unknown or cannot move the cursor).
 */
int term_start(char *err, size_t err_size);

/*
 * Curses mode with no terminal (a cast made from a recording): the screen is
 * width x height, drawn for terminal type term, and every byte curses
 * writes goes to out (ncurses writes with write(2) on out's descriptor, so
 * out must have one: a file, not a memory stream). Nothing is read, no
 * signal handler is installed. Return 0, or -1 with a one-line reason in err.
 */
int term_start_headless(FILE *out, int width, int height, const char *term, char *err, size_t err_size);

/* Leave curses mode and put the terminal back as it was; safe to call twice. */
void term_stop(void);

/*
 * Wait until a key may be read, a signal came, or timeout_ms passed (-1:
 * no limit). Return true when input is ready. Uses no CPU while it waits.
 * A hang-up of the terminal is not input: term_signal() reports it.
 */
bool term_wait(int timeout_ms);

/*
 * Call when the terminal said input was ready but gave no key: if it is gone
 * (end-of-file without a hang-up that poll could see), term_signal() says
 * SIGHUP from now on.
 */
void term_check_gone(void);

/*
 * The terminating signal caught (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0; a
 * terminal that hung up counts as SIGHUP.
 */
int term_signal(void);

/*
 * Where the terminal's size stands, asked once a frame: TERM_SIZE_STEADY;
 * TERM_SIZE_CHANGING when a SIGWINCH came since the last call (the size may
 * change again: draw, and ask again within a frame); TERM_SIZE_SETTLED on
 * the first call that finds none after one that did. A frame drawn while
 * the size changed under it, or a size changed and changed back before
 * curses looked, leaves the screen other than curses believes it is, and
 * only a full repaint mends that: due when TERM_SIZE_SETTLED comes.
 */
enum term_size { TERM_SIZE_STEADY, TERM_SIZE_CHANGING, TERM_SIZE_SETTLED };
enum term_size term_size_check(void);

/* True while a resize has not settled yet: the wait must end within a frame. */
bool term_size_unsettled(void);

/* Turn mouse reporting on (for the patch editor) or off. */
void term_mouse(bool on);

#endif
