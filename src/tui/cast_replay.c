/*
 * A recording made into a cast with no terminal (see cast_replay.h).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/atomic_file.h"
#include "tui/cast_replay.h"
#include "tui/classroom/cast.h"

struct cast_replay {
	struct cast cast;
	FILE *out;   /* where curses writes */
	off_t taken; /* how much of it is in the cast already */
	int error;   /* errno of a failed read of out, or 0 */
};

/* What curses wrote since the last frame, as one event at time. */
static void cast_replay_frame(void *context, double time)
{
	struct cast_replay *c = context;
	char buf[8192];
	ssize_t n;

	while ((n = pread(fileno(c->out), buf, sizeof buf, c->taken)) > 0) {
		cast_output(&c->cast, time, buf, (size_t)n);
		c->taken += n;
	}
	if (n < 0)
		c->error = errno;
}

/* A phase shown: a marker at the time of its frame. */
static void cast_replay_marker(void *context, const char *label)
{
	struct cast_replay *c = context;

	cast_marker(&c->cast, c->cast.last, label);
}

/* Play the recording into c's cast; return the visualizer's status. */
static int cast_replay_play(struct cast_replay *c, struct trainer *trainer, const struct tui_options *options,
			    int width, int height)
{
	struct tui_cast hooks = { cast_replay_marker, cast_replay_frame, c };
	struct tui_options with_cast = *options;
	char title[300];

	snprintf(title, sizeof title, "edgeviz --replay %s", options->replay_path);
	cast_begin(&c->cast, width, height, (long long)time(NULL), title, TUI_CAST_TERM);
	with_cast.cast = &hooks;
	return tui_cast_replay(trainer, &with_cast, c->out, width, height);
}

int cast_replay_run(struct trainer *trainer, const struct tui_options *options, const char *path, int width,
		    int height)
{
	struct cast_replay c = { 0 };
	char err[512];
	int status;

	if (atomic_file_check(path, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: --cast: %s\n", err);
		return 1;
	}
	c.out = tmpfile();
	if (c.out == NULL) {
		fprintf(stderr, "edgeviz: --cast: cannot make a temporary file: %s\n", strerror(errno));
		return 1;
	}
	status = cast_replay_play(&c, trainer, options, width, height);
	if (status == 0 && c.error != 0) {
		fprintf(stderr, "edgeviz: --cast: cannot read the screen back: %s\n", strerror(c.error));
		status = 1;
	}
	if (status == 0 && cast_save(&c.cast, path, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: --cast: %s\n", err);
		status = 1;
	}
	cast_free(&c.cast);
	fclose(c.out);
	return status;
}
