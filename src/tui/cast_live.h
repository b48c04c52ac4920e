/*
 * --cast FILE on a terminal: the visualizer's screen, every byte as it was
 * written, saved as an asciicast when the program ends.
 *
 * ncurses writes its screen with write(2) straight on its output's
 * descriptor, so the bytes cannot be caught through a FILE (one made with
 * fopencookie has the descriptor -1 and gets nothing). They are caught where
 * asciinema's recorder and script(1) catch them: the visualizer runs,
 * unchanged, in a child process whose terminal is a pseudo-terminal of the
 * real one's size, and this process relays: keys from the terminal to the
 * pseudo-terminal, its output to the terminal and into the cast, each with
 * its time. The child has a real terminal (modes, size, Ctrl-C and Ctrl-Z
 * come from the pseudo-terminal's line discipline, as they would), makes its
 * own saves (--record, w, exports), and writes each phase it shows as one
 * line on a pipe: the cast's markers.
 *
 * This process keeps the terminal raw while the child runs, passes a resize
 * on to the pseudo-terminal (the kernel signals the child) and writes it as
 * an "r" event, sends SIGINT, SIGTERM, SIGHUP and SIGQUIT on to the child
 * (a hung-up terminal: SIGHUP), which leaves as on q; when the child stops
 * (Ctrl-Z) it gives the terminal back and stops too, and continues it on
 * fg. Once the child has ended, the terminal is put back and the cast saved.
 */
#ifndef EDGEVIZ_TUI_CAST_LIVE_H
#define EDGEVIZ_TUI_CAST_LIVE_H

/*
 * The visualizer, run in the child: marker_fd is where it writes each phase
 * it shows, a line each. Returns the exit status.
 */
typedef int cast_live_program(void *context, int marker_fd);

/*
 * Run program on a pseudo-terminal and cast it to path, titled title. A path
 * that cannot be written is said (one line) before anything starts. Return
 * the program's exit status (128 + N if signal N ended it), or 1 when the
 * cast could not be saved (said in one line).
 */
int cast_live_run(const char *path, const char *title, cast_live_program *program, void *context);

/* A marker hook for struct tui_cast: context is the marker descriptor (as intptr_t). */
void cast_live_marker(void *context, const char *label);

#endif
