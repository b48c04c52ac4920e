/*
 * edgeviz: watch a small neural network learn to see edges, one training
 * sample at a time. This file picks the mode; each lives in its own module.
 */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/batch.h"
#include "cli/batch_compare.h"
#include "cli/common.h"
#include "cli/options.h"
#include "cli/trace.h"
#include "narrate/narrate.h"
#include "tui/cast_live.h"
#include "tui/cast_replay.h"
#include "tui/tui.h"

/* Why the visualizer cannot start here, or NULL if it can. */
static const char *terminal_problem(void)
{
	const char *term = getenv("TERM");

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return "the visualizer needs a terminal on standard input and output";
	if (term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0)
		return "the visualizer needs a terminal that can move the cursor (TERM is unset or dumb)";
	return NULL;
}

/* True when NO_COLOR asks for no color: set and not empty (no-color.org). */
static bool no_color_env(void)
{
	const char *v = getenv("NO_COLOR");
	return v != NULL && v[0] != '\0';
}

/* --narrate: plain lines, no screen; a recording's events or the keys of standard input. */
static int run_narrate(const struct options *o)
{
	if (o->replay_path != NULL)
		return narrate_replay(o->replay_path, &o->config, o->epochs);
	struct cli_data data;
	if (cli_load_data(o, &data) != 0)
		return 1;
	struct trainer *t = cli_make_trainer(o, &data);
	int status = t != NULL ? narrate_run(t, o->epochs) : 1;
	trainer_destroy(t);
	cli_free_data(&data);
	return status;
}

/* The visualizer's options from the command line's. */
static struct tui_options visualizer_options(const struct options *o, const struct cli_data *data)
{
	struct tui_options tui = {
		.color = !o->no_color && !no_color_env(),
		.ascii = o->ascii || strcmp(nl_langinfo(CODESET), "UTF-8") != 0,
		.save_path = o->save_path,
		.load_path = o->load_path,
		.epochs = o->epochs,
		.record_path = o->record_path,
		.replay_path = o->replay_path,
		.tour = o->tour,
		.quiz = o->quiz,
		.light = o->light,
		.cvd = o->cvd,
		.train_data = data->train.size > 0 ? &data->train : NULL,
		.test_data = data->test.size > 0 ? &data->test : NULL,
		.train_data_path = o->train_data_path,
		.test_data_path = o->test_data_path,
		.compare = o->compare_given ? &o->compare : NULL,
	};
	return tui;
}

/*
 * The visualizer on the terminal, or, with --cast-size, a recording played
 * into a cast with no terminal. marker_fd: where --cast's child writes the
 * phases it shows, or -1.
 */
static int run_visualizer(const struct options *o, int marker_fd)
{
	struct cli_data data;
	if (cli_load_data(o, &data) != 0)
		return 1;
	/* The learning curve draws each epoch's test loss: only the visualizer pays for it. */
	struct options visual = *o;
	visual.config.epoch_test_loss = true;
	struct trainer *t = cli_make_trainer(&visual, &data);
	if (t == NULL) {
		cli_free_data(&data);
		return 1;
	}
	struct tui_options tui = visualizer_options(o, &data);
	struct tui_cast marker = { cast_live_marker, NULL, (void *)(intptr_t)marker_fd };
	if (marker_fd >= 0)
		tui.cast = &marker;
	int status = o->cast_width > 0 ? cast_replay_run(t, &tui, o->cast_path, o->cast_width, o->cast_height)
				       : tui_run(t, &tui);
	trainer_destroy(t);
	cli_free_data(&data);
	return status;
}

/* --cast's child: the visualizer, telling its phases on marker_fd. */
static int run_cast_child(void *context, int marker_fd)
{
	return run_visualizer(context, marker_fd);
}

static int run_interactive(const struct options *o)
{
	const char *problem = terminal_problem();

	if (o->cast_width > 0)
		return run_visualizer(o, -1);
	if (problem != NULL && o->cast_path != NULL) {
		cli_error("%s; for a cast without one, use --replay FILE with --cast-size WxH", problem);
		return 2;
	}
	if (problem != NULL) {
		cli_error("%s; for a run without one, use --batch", problem);
		return 2;
	}
	if (o->cast_path != NULL) {
		char title[300];
		snprintf(title, sizeof title, "edgeviz%s%s", o->replay_path != NULL ? " --replay " : "",
			 o->replay_path != NULL ? o->replay_path : "");
		return cast_live_run(o->cast_path, title, run_cast_child, (void *)o);
	}
	return run_visualizer(o, -1);
}

int main(int argc, char **argv)
{
	struct options o;
	char err[256];

	setlocale(LC_ALL, "");
	/* Numbers in files and on the command line are written with a '.', whatever the language. */
	setlocale(LC_NUMERIC, "C");
	/* Past a file size limit, a write should fail with EFBIG and be reported, not kill us. */
	signal(SIGXFSZ, SIG_IGN);
	if (options_parse(argc, argv, &o, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		return 2;
	}
	switch (o.mode) {
	case MODE_HELP:
		options_print_help(stdout);
		return fflush(stdout) == 0 ? 0 : 1;
	case MODE_VERSION:
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		return fflush(stdout) == 0 ? 0 : 1;
	case MODE_BATCH:
		return o.compare_given ? batch_compare_run(&o) : batch_run(&o);
	case MODE_TRACE:
		return trace_run(&o);
	case MODE_INTERACTIVE:
		break;
	}
	if (o.narrate)
		return run_narrate(&o);
	return run_interactive(&o);
}
