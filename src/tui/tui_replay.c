/*
 * --record and --replay. Recording writes every key the person presses,
 * every click on the editor's patch and, since a run trains as many steps
 * as fit in a frame, the steps each frame of a run trained, each with its
 * time (the format is in recording.h). Replaying feeds the same keys and
 * clicks through the same handlers and trains the recorded steps, so the
 * replayed run ends with the recorded run's weights bit for bit, whatever
 * the machine's speed or the terminal's size. It plays at the recorded
 * pace; space plays one event a key, r plays on.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "core/weights_file.h"
#include "tui/tui_private.h"

/* --record: open the file and write the run's settings. */
int tui_record_open(struct tui *tui, char *err, size_t err_size)
{
	struct trainer_config config = *trainer_config(tui->trainer);

	if (tui->options->record_path == NULL)
		return 0;
	tui->record = fopen(tui->options->record_path, "w");
	if (tui->record == NULL) {
		snprintf(err, err_size, "--record: cannot write '%s': %s", tui->options->record_path,
			 strerror(errno));
		return -1;
	}
	config.lr = trainer_lr(tui->trainer);
	config.activation = trainer_network(tui->trainer)->activation;
	recording_write_header(tui->record, &config, tui->options->epochs);
	recording_write_screen(tui->record, tui->tour, tui->tour_page, tui->opts.light);
	if (tui->options->load_path != NULL)
		recording_write_weights(tui->record, tui->options->load_path);
	fflush(tui->record);
	tui->record_start = tui_now();
	return 0;
}

/* Write one event now (flushed: a crash keeps what was recorded). */
static void tui_record_event(struct tui *tui, const struct recording_event *event)
{
	if (tui->record == NULL)
		return;
	recording_write_event(tui->record, tui_now() - tui->record_start, event);
	fflush(tui->record);
}

/* Record a key. */
void tui_record_key(struct tui *tui, int key)
{
	struct recording_event e = { .kind = RECORDING_KEY, .key = key };

	tui_record_event(tui, &e);
}

/* Record the steps a frame of a run trained (none: nothing). */
void tui_record_run(struct tui *tui, long steps)
{
	struct recording_event e = { .kind = RECORDING_RUN, .steps = steps };

	if (steps > 0)
		tui_record_event(tui, &e);
}

/* Record a click on the editor's patch. */
void tui_record_paint(struct tui *tui, int pixel)
{
	struct recording_event e = { .kind = RECORDING_PAINT, .pixel = pixel };

	tui_record_event(tui, &e);
}

/* Close the recording. */
void tui_record_close(struct tui *tui)
{
	if (tui->record != NULL)
		fclose(tui->record);
	tui->record = NULL;
}

/* The recording's screen as it started: the tour and its page, the theme. */
static void tui_replay_screen(struct tui *tui)
{
	if (tui->replay.tour >= 0) {
		tui->tour = tui->replay.tour > 0;
		tui->tour_page = tui->tour ? tui->replay.tour - 1 : 0;
	}
	if (tui->replay.light >= 0)
		tui->opts.light = tui->replay.light == 1;
}

/* --replay: load the recording and make its run. */
int tui_replay_open(struct tui *tui, char *err, size_t err_size)
{
	const struct trainer_config *given = trainer_config(tui->trainer);
	struct trainer_config config = *given;
	char detail[256];

	if (tui->options->replay_path == NULL)
		return 0;
	config.lr = trainer_lr(tui->trainer);
	config.activation = trainer_network(tui->trainer)->activation;
	if (recording_load(tui->options->replay_path, &config, tui->options->epochs, &tui->replay,
			   detail, sizeof detail) != 0) {
		snprintf(err, err_size, "--replay: %s", detail);
		return -1;
	}
	tui->owned = trainer_create(&tui->replay.config, detail, sizeof detail);
	if (tui->owned == NULL) {
		snprintf(err, err_size, "--replay: %s", detail);
		recording_free(&tui->replay);
		return -1;
	}
	tui->trainer = tui->owned;
	if (tui->replay.weights[0] != '\0') {
		struct network net;

		if (weights_load(&net, tui->replay.weights, detail, sizeof detail) != 0 ||
		    trainer_start_from(tui->trainer, &net, detail, sizeof detail) != 0) {
			snprintf(err, err_size, "--replay: %s: %s", tui->options->replay_path, detail);
			recording_free(&tui->replay);
			return -1;
		}
	}
	tui->opts.epochs = tui->replay.epochs;
	tui_replay_screen(tui);
	tui->replaying = tui->replay.count > 0;
	return 0;
}

/* Say where the replay is, for the status line. */
static void tui_replay_tag(struct tui *tui)
{
	snprintf(tui->replay_tag, sizeof tui->replay_tag, " replay %zu/%zu %s ", tui->replay_next,
		 tui->replay.count, tui->replay_stepping ? "stepping" : "playing");
}

/* Start the replay's clock. */
void tui_replay_begin(struct tui *tui)
{
	tui->replay_start = tui_now();
	tui_replay_tag(tui);
}

/* Milliseconds until the next event is due; -1 when stepping. */
int tui_replay_timeout(const struct tui *tui)
{
	double due;

	if (tui->replay_stepping)
		return -1;
	due = tui->replay_start + tui->replay.events[tui->replay_next].time - tui_now();
	if (due <= 0)
		return 0;
	if (due > 1000)
		return 1000;
	return (int)(due * 1000) + 1;
}

/* Play one event; return flags. */
static int tui_replay_event(struct tui *tui, const struct recording_event *e)
{
	switch (e->kind) {
	case RECORDING_KEY:
		return tui_key(tui, e->key, true);
	case RECORDING_RUN:
		trainer_run(tui->trainer, e->steps);
		tui_run_checks(tui);
		return TUI_REDRAW;
	case RECORDING_PAINT:
		/* As a click does: the message goes, the pixel toggles (in the editor). */
		tui->message[0] = '\0';
		if (tui->mode == KEYMAP_EDIT)
			editor_toggle(&tui->editor, e->pixel);
		return TUI_REDRAW;
	}
	return 0;
}

/* The last event played: the keys are the person's again. */
static void tui_replay_done(struct tui *tui)
{
	tui->replaying = false;
	/* A replay that ends running would go on training past the recording. */
	tui_pause(tui);
}

/* Play the events that are due. */
int tui_replay_tick(struct tui *tui)
{
	int flags = 0;
	double now = tui_now();

	while (!tui->replay_stepping && tui->replaying &&
	       tui->replay_start + tui->replay.events[tui->replay_next].time <= now) {
		flags |= tui_replay_event(tui, &tui->replay.events[tui->replay_next++]);
		if (tui->replay_next == tui->replay.count)
			tui_replay_done(tui);
		if (flags & TUI_QUIT)
			break;
	}
	tui_replay_tag(tui);
	return flags | TUI_REDRAW;
}

/* A key pressed during a replay. */
int tui_replay_key(struct tui *tui, int key)
{
	int flags = TUI_REDRAW;

	switch (keymap_lookup(KEYMAP_REPLAY, key)) {
	case ACTION_REPLAY_STEP:
		tui->replay_stepping = true;
		flags |= tui_replay_event(tui, &tui->replay.events[tui->replay_next++]);
		if (tui->replay_next == tui->replay.count)
			tui_replay_done(tui);
		break;
	case ACTION_REPLAY_PLAY:
		if (tui->replay_stepping)
			tui->replay_start = tui_now() - tui->replay.events[tui->replay_next].time;
		tui->replay_stepping = false;
		break;
	case ACTION_QUIT:
		return TUI_QUIT;
	case ACTION_REDRAW:
		return tui_handle(tui, ACTION_REDRAW);
	default:
		break;
	}
	tui_replay_tag(tui);
	return flags;
}

/* Free the recording played. */
void tui_replay_close(struct tui *tui)
{
	recording_free(&tui->replay);
	tui->replaying = false;
}
