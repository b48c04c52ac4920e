/*
 * --replay (see player.h). Replaying feeds the recorded keys and clicks
 * through the same entry point as the keyboard and trains the recorded
 * steps, so the replayed run ends with the recorded run's weights bit for
 * bit, whatever the machine's speed or the terminal's size.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/data_file.h"
#include "core/weights_file.h"
#include "tui/classroom/player.h"
#include "tui/keys.h"
#include "tui/tui_private.h"

/* Start the driver's run from the recording's weights file. */
static int player_load_weights(struct player *p, const char *path, struct driver *driver, char *err,
			       size_t err_size)
{
	char detail[256];
	struct network net;

	if (weights_load(&net, p->rec.weights, detail, sizeof detail) != 0 ||
	    trainer_start_from(driver->trainer, &net, detail, sizeof detail) != 0) {
		snprintf(err, err_size, "--replay: %s: %s", path, detail);
		return -1;
	}
	return 0;
}

/*
 * The data files the recording names, read into p->sets; they replace the
 * command line's. 0, or -1 with the reason in err.
 */
static int player_load_data(struct player *p, struct driver *driver, char *err, size_t err_size)
{
	const char *paths[2] = { p->rec.train_data, p->rec.test_data };
	const struct dataset **sets[2] = { &driver->options.train_data, &driver->options.test_data };

	for (int i = 0; i < 2; i++) {
		if (paths[i][0] == '\0')
			continue;
		if (data_file_load(paths[i], &p->sets[i], err, err_size) != 0)
			return -1;
		*sets[i] = &p->sets[i];
	}
	return 0;
}

/* Load the recording and have the driver run what it recorded. */
int player_open(struct player *p, const char *path, struct driver *driver, char *err, size_t err_size)
{
	struct trainer_config config = *trainer_config(driver->trainer);
	char detail[256];

	config.lr = trainer_lr(driver->trainer);
	config.activation = trainer_network(driver->trainer)->activation;
	if (recording_load(path, &config, driver->options.epochs, &p->rec, detail, sizeof detail) != 0) {
		snprintf(err, err_size, "--replay: %s", detail);
		return -1;
	}
	if (player_load_data(p, driver, detail, sizeof detail) != 0 ||
	    driver_replace(driver, &p->rec.config, detail, sizeof detail) != 0) {
		snprintf(err, err_size, "--replay: %s", detail);
		player_close(p);
		return -1;
	}
	if (p->rec.weights[0] != '\0' && player_load_weights(p, path, driver, err, err_size) != 0) {
		player_close(p);
		return -1;
	}
	driver->options.epochs = p->rec.epochs;
	p->playing = p->rec.count > 0;
	return 0;
}

/* The screen the recording started on: its tour and page, its theme, where it says them. */
void player_screen(const struct player *p, struct tour_state *tour, bool *light)
{
	if (p->rec.tour >= 0) {
		tour->open = p->rec.tour > 0;
		tour->page = tour->open ? p->rec.tour - 1 : 0;
	}
	if (p->rec.light >= 0)
		*light = p->rec.light == 1;
}

/* Whether the recording starts in quiz mode, where it says so. */
void player_quiz(const struct player *p, bool *quiz)
{
	if (p->rec.quiz >= 0)
		*quiz = p->rec.quiz == 1;
}

/* Say where the replay is, for the status line. */
static void player_tag(struct player *p)
{
	snprintf(p->tag, sizeof p->tag, " replay %zu/%zu %s ", p->next, p->rec.count,
		 p->stepping ? "stepping" : "playing");
}

/* Start the clock. */
void player_begin(struct player *p, double now)
{
	p->start = now;
	player_tag(p);
}

/* Milliseconds until the next event is due; -1 when stepping. */
int player_timeout(const struct player *p, double now)
{
	double due;

	if (p->stepping)
		return -1;
	due = p->start + p->rec.events[p->next].time - now;
	if (due <= 0)
		return 0;
	if (due > 1000)
		return 1000;
	return (int)(due * 1000) + 1;
}

/* Play the next event; after the last, the keys are the person's again. */
static int player_play_next(struct tui *tui)
{
	struct player *p = &tui->player;
	int flags = keys_event(tui, &p->rec.events[p->next++], true);

	if (p->next == p->rec.count) {
		p->playing = false;
		/* A replay that ends running would go on training past the recording. */
		driver_pause(&tui->driver);
	}
	return flags;
}

/* Play the events that are due. */
int player_tick(struct tui *tui)
{
	struct player *p = &tui->player;
	double now = driver_now();
	int flags = 0;

	while (!p->stepping && p->playing && p->start + p->rec.events[p->next].time <= now) {
		flags |= player_play_next(tui);
		if (flags & TUI_QUIT)
			break;
	}
	player_tag(p);
	return flags | TUI_REDRAW;
}

/* The next event's time in a cast: the recording's, or one every pace seconds if it has none. */
double player_cast_time(const struct player *p, double pace)
{
	if (p->rec.events[p->rec.count - 1].time > 0)
		return p->rec.events[p->next].time;
	return (double)(p->next + 1) * pace;
}

/* Play the next event now. */
int player_play_one(struct tui *tui)
{
	int flags = player_play_next(tui);

	player_tag(&tui->player);
	return flags | TUI_REDRAW;
}

/* A key while the recording plays: step, play on, quit, redraw. */
static int player_steer(struct tui *tui, int key)
{
	struct player *p = &tui->player;
	int flags = TUI_REDRAW;

	switch (keymap_lookup(KEYMAP_REPLAY, key)) {
	case ACTION_REPLAY_STEP:
		p->stepping = true;
		flags |= player_play_next(tui);
		break;
	case ACTION_REPLAY_PLAY:
		if (p->stepping)
			p->start = driver_now() - p->rec.events[p->next].time;
		p->stepping = false;
		break;
	case ACTION_QUIT:
		return TUI_QUIT;
	case ACTION_REDRAW:
		return keys_action(tui, ACTION_REDRAW);
	default:
		break;
	}
	player_tag(p);
	return flags;
}

/* One input from the keyboard: it steers the replay, or goes to the key handlers. */
int player_input(struct tui *tui, const struct recording_event *key)
{
	if (tui->player.playing)
		return player_steer(tui, key->key);
	return keys_event(tui, key, false);
}

/* Free the recording. */
void player_close(struct player *p)
{
	recording_free(&p->rec);
	dataset_free(&p->sets[0]);
	dataset_free(&p->sets[1]);
	p->playing = false;
}
