/*
 * The key handlers without a terminal: what each input does to the run,
 * the view and the browsers, the flags it hands the main loop, what the
 * recorder writes for it (each key once, the quit never), and that a
 * recording played through the player ends where the same keys pressed
 * live end. The trainer is the core's, on the tutorial's defaults.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "check_tui.h"
#include "core/analysis/probe.h"
#include "tui/keys.h"
#include "tui/model/controls.h"
#include "tui/tui_private.h"

static struct tui tui; /* large (a pass, the wrong list) */
static struct trainer *trainer;
static char exported[64];

/* The loop's screen export, faked: it remembers the path. */
static int fake_export_screen(const char *path, const char *after, char *err, size_t err_size)
{
	(void)after;
	(void)err;
	(void)err_size;
	snprintf(exported, sizeof exported, "%s", path);
	return 0;
}

/* A visualizer on a fresh run, laid out at 80x24, recording to a temporary file. */
static void keys_setup(void)
{
	static const struct tui_options options = { .ascii = true, .epochs = 100 };
	char err[256];

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	ck_assert_msg(trainer != NULL, "%s", err);
	memset(&tui, 0, sizeof tui);
	driver_init(&tui.driver, trainer, &options);
	views_init(&tui.views);
	layout_compute(&tui.view.layout, 80, 24, 8, LAYOUT_INSPECT_NONE);
	tui.export_screen = fake_export_screen;
	tui.recorder.file = tmpfile();
	ck_assert_ptr_nonnull(tui.recorder.file);
	exported[0] = '\0';
}

static void keys_teardown(void)
{
	recorder_close(&tui.recorder);
	player_close(&tui.player);
	driver_close(&tui.driver);
	trainer_destroy(trainer);
}

/* Press key (a click on pixel for KEY_MOUSE); return the flags. */
static int press(int key, int pixel)
{
	struct recording_event e = { .kind = RECORDING_KEY, .key = key, .pixel = pixel };

	return keys_event(&tui, &e, false);
}

/* What the recorder wrote, the times left out: "key s\nrun 3\n". */
static const char *recorded(void)
{
	static char text[1024];
	char line[128];
	size_t len = 0;

	fflush(tui.recorder.file);
	rewind(tui.recorder.file);
	text[0] = '\0';
	while (fgets(line, sizeof line, tui.recorder.file) != NULL && len + sizeof line < sizeof text) {
		const char *event = strchr(line, ' ');

		len += (size_t)snprintf(text + len, sizeof text - len, "%s", event ? event + 1 : line);
	}
	return text;
}

/* A key steps the run once and is recorded once; the quit is never recorded. */
START_TEST(test_key_steps_and_is_recorded_once)
{
	ck_assert_int_eq(press(' ', -1) & TUI_REDRAW, TUI_REDRAW);
	ck_assert_int_eq(trainer_step_count(trainer), 1);
	press('b', -1);
	ck_assert_int_eq(trainer_step_count(trainer), 0);
	ck_assert_int_eq(press('q', -1) & TUI_QUIT, TUI_QUIT);
	ck_assert_str_eq(recorded(), "key space\nkey b\n");
}
END_TEST

/* A message lasts until the next key. */
START_TEST(test_message_until_next_key)
{
	press('b', -1);
	ck_assert_str_eq(tui.driver.message, "already at step 0");
	press('s', -1);
	ck_assert_str_eq(tui.driver.message, "");
}
END_TEST

/*
 * Past step 0, R asks on one line; any other key keeps the run and does
 * nothing else; y resets, and only the confirmed R is recorded. At step 0
 * nothing is lost and nothing is asked; a replayed R is never asked about.
 */
START_TEST(test_reset_asks_past_step_0)
{
	struct recording_event r = { .kind = RECORDING_KEY, .key = 'R' };

	press('R', -1);
	ck_assert_str_eq(tui.driver.message,
			 "reset: step 0, the first weights, the current data (train 100)");
	press(' ', -1);
	press(' ', -1);
	press('R', -1);
	ck_assert_str_eq(tui.driver.message, "reset to step 0 and lose the 2 steps? y: yes, other keys: no");
	ck_assert_int_le((int)strlen(tui.driver.message), 78);
	press('s', -1);
	ck_assert_str_eq(tui.driver.message, "kept the run: nothing changed");
	ck_assert_int_eq(trainer_step_count(trainer), 2);
	ck_assert_int_eq(trainer_phase(trainer), TRAINER_PHASE_UPDATE);
	press('N', -1);
	ck_assert(strncmp(tui.driver.message, "take the next seed and lose the 2 steps?", 40) == 0);
	press('y', -1);
	ck_assert_uint_eq(trainer_config(tui.driver.trainer)->seed, TRAINER_DEFAULTS.seed + 1);
	ck_assert_int_eq(trainer_step_count(tui.driver.trainer), 0);
	press(' ', -1);
	keys_event(&tui, &r, true);
	ck_assert_int_eq(trainer_step_count(tui.driver.trainer), 0);
	ck_assert_str_eq(recorded(), "key R\nkey space\nkey space\nkey N\nkey space\nkey R\n");
}
END_TEST

/* ? opens the help, ? again turns its page, another key closes it (laying out again). */
START_TEST(test_help_pages_and_close)
{
	press('?', -1);
	ck_assert(tui.view.help);
	ck_assert_int_eq(press('?', -1) & TUI_RESIZE, 0);
	ck_assert_int_eq(tui.view.help_page, 1);
	ck_assert_int_eq(press('s', -1) & TUI_RESIZE, TUI_RESIZE);
	ck_assert(!tui.view.help);
	/* The key that closed the help did nothing else. */
	ck_assert_int_eq(trainer_phase(trainer), TRAINER_PHASE_READY);
	press('?', -1);
	ck_assert_int_eq(press('q', -1) & TUI_QUIT, TUI_QUIT);
	ck_assert_str_eq(recorded(), "key ?\nkey ?\nkey s\nkey ?\n");
}
END_TEST

/* On a screen too small only q works (others recorded as "none"); a replay acts anyway. */
START_TEST(test_too_small_screen)
{
	struct recording_event step = { .kind = RECORDING_KEY, .key = ' ' };

	layout_compute(&tui.view.layout, 40, 10, 8, LAYOUT_INSPECT_NONE);
	ck_assert(tui.view.layout.too_small);
	press(' ', -1);
	ck_assert_int_eq(trainer_step_count(trainer), 0);
	keys_event(&tui, &step, true);
	ck_assert_int_eq(trainer_step_count(trainer), 1);
	ck_assert_int_eq(press('q', -1) & TUI_QUIT, TUI_QUIT);
	ck_assert_str_eq(recorded(), "key none\nkey space\n");
}
END_TEST

/* The editor: p opens it paused; a click paints; a click beside the patch is "none". */
START_TEST(test_editor_and_clicks)
{
	double before;

	tui.driver.running = true;
	press('p', -1);
	ck_assert_int_eq(tui.view.mode, KEYMAP_EDIT);
	ck_assert(!tui.driver.running);
	before = tui.browse.editor.patch.pixel[7];
	ck_assert_int_eq(press(KEY_MOUSE, 7) & TUI_REDRAW, TUI_REDRAW);
	ck_assert(tui.browse.editor.patch.pixel[7] != before);
	ck_assert_int_eq(tui.browse.editor.cursor, 7);
	press(KEY_MOUSE, -1);
	/* A training key leaves the editor and does its work. */
	press('s', -1);
	ck_assert_int_eq(tui.view.mode, KEYMAP_TRAIN);
	ck_assert_int_eq(trainer_phase(trainer), TRAINER_PHASE_FORWARD);
	ck_assert_str_eq(recorded(), "key p\npaint 1 2\nkey none\nkey s\n");
}
END_TEST

/* r runs and pauses; + and - stop at the ends of the speeds. */
START_TEST(test_run_and_speeds)
{
	int i;

	press('r', -1);
	ck_assert(tui.driver.running);
	press('r', -1);
	ck_assert(!tui.driver.running);
	for (i = 0; i < 30; i++)
		press('+', -1);
	ck_assert_int_eq(tui.driver.speed, controls_speed_count() - 1);
	for (i = 0; i < 30; i++)
		press('-', -1);
	ck_assert_int_eq(tui.driver.speed, 0);
}
END_TEST

/* Tab and S-Tab go round the hidden layer. */
START_TEST(test_neuron_selection)
{
	press(KEY_BTAB, -1);
	ck_assert_int_eq(tui.browse.selected, 7);
	press('\t', -1);
	press('\t', -1);
	ck_assert_int_eq(tui.browse.selected, 1);
}
END_TEST

/* t browses the test set round; Esc is back to training. */
START_TEST(test_test_set_browsing)
{
	int size = trainer_test_set(trainer)->size;

	press('t', -1);
	ck_assert_int_eq(tui.view.mode, KEYMAP_TEST);
	press(KEY_LEFT, -1);
	ck_assert_int_eq(tui.browse.test_index, size - 1);
	press(KEY_RIGHT, -1);
	ck_assert_int_eq(tui.browse.test_index, 0);
	press(27, -1);
	ck_assert_int_eq(tui.view.mode, KEYMAP_TRAIN);
}
END_TEST

/* W opens the wrong samples (closing the tour); W while training closes the list. */
START_TEST(test_wrong_list)
{
	tui.browse.tour.open = true;
	ck_assert_int_eq(press('W', -1) & TUI_RESIZE, TUI_RESIZE);
	ck_assert(tui.browse.wrong.open);
	ck_assert(!tui.browse.tour.open);
	ck_assert_int_eq(tui.view.mode, KEYMAP_WRONG);
	press(27, -1);
	ck_assert(!tui.browse.wrong.open);
	ck_assert_int_eq(tui.view.mode, KEYMAP_TRAIN);
}
END_TEST

/* The tour's pages stop at both ends, saying so. */
START_TEST(test_tour_pages)
{
	int i;

	ck_assert_int_eq(press('>', -1) & TUI_RESIZE, TUI_RESIZE);
	ck_assert(tui.browse.tour.open);
	ck_assert_int_eq(tui.browse.tour.page, 0);
	press('<', -1);
	ck_assert_str_eq(tui.driver.message, "the first page of the tour");
	for (i = 0; i < TOUR_PAGES + 2; i++)
		press('>', -1);
	ck_assert_int_eq(tui.browse.tour.page, TOUR_PAGES - 1);
	ck_assert_str_eq(tui.driver.message, "the last page of the tour; T closes it");
}
END_TEST

/* C-l asks for a cleared screen; S goes through the loop's export; i on a small screen. */
START_TEST(test_view_keys)
{
	ck_assert_int_eq(press('l' & 0x1f, -1), TUI_REDRAW | TUI_RESIZE | TUI_CLEAR);
	press('S', -1);
	ck_assert_str_eq(exported, "edgeviz-screen.txt");
	ck_assert_str_eq(tui.driver.message, "exported the screen as text to edgeviz-screen.txt");
	press('i', -1);
	ck_assert_int_eq(tui.view.inspect, LAYOUT_INSPECT_NEURON);
	press('z', -1);
	ck_assert(tui.view.zoom);
	ck_assert_str_eq(tui.driver.message, "zoom: on a screen of 120x36 or more (this one is small)");
}
END_TEST

/* A frame of a run is recorded with its steps; --epochs stops the run where it ends. */
START_TEST(test_run_frames)
{
	long epoch = trainer_train_set(trainer)->size;

	tui.driver.options.epochs = 1;
	driver_start_run(&tui.driver);
	driver_run_steps(&tui.driver, epoch);
	keys_ran(&tui, epoch);
	ck_assert(!tui.driver.running);
	ck_assert_str_eq(tui.driver.message, "1 epochs done (--epochs); r runs on");
	keys_ran(&tui, 0);
	ck_assert_str_eq(recorded(), "run 100\n");
}
END_TEST

/* The player feeds a recording through the same entry point: the same end as live keys. */
START_TEST(test_player_replays_as_live)
{
	static const char text[] = "edgeviz-recording 1\nkey space\nkey s\nrun 37\nkey p\n"
				   "key x\npaint 0 0\nkey q\n";
	struct network live;
	struct patch painted;
	long steps;
	char err[256];
	int flags = 0;

	press(' ', -1);
	press('s', -1);
	driver_run_steps(&tui.driver, 37);
	press('p', -1);
	press('x', -1);
	press(KEY_MOUSE, 0);
	live = *trainer_network(trainer);
	painted = tui.browse.editor.patch;
	steps = trainer_step_count(trainer);
	ck_assert_int_gt(steps, 1);
	keys_teardown();
	keys_setup();
	ck_assert_int_eq(recording_parse(text, &TRAINER_DEFAULTS, 100, &tui.player.rec, err, sizeof err), 0);
	tui.player.playing = true;
	player_begin(&tui.player, driver_now() - 1e6);
	flags = player_tick(&tui);
	ck_assert_int_eq(flags & TUI_QUIT, TUI_QUIT);
	ck_assert_int_eq(trainer_step_count(trainer), steps);
	ck_assert_int_eq(tui.view.mode, KEYMAP_EDIT);
	ck_assert(memcmp(&live, trainer_network(trainer), sizeof live) == 0);
	ck_assert(memcmp(&painted, &tui.browse.editor.patch, sizeof painted) == 0);
	/* While it plays the keyboard steers it: q quits at once. */
	tui.player.playing = true;
	{
		struct recording_event q = { .kind = RECORDING_KEY, .key = 'q' };

		ck_assert_int_eq(player_input(&tui, &q), TUI_QUIT);
	}
}
END_TEST

/* How long the loop may sleep: until the next step at slow speeds, a frame when faster. */
START_TEST(test_driver_timeouts)
{
	struct driver *d = &tui.driver;

	d->speed = 0; /* 1 step/s, nothing owed: a whole second (+1 ms) */
	ck_assert_int_eq(driver_run_timeout(d), 1001);
	d->credit = 0.75; /* a quarter of a step to go */
	ck_assert_int_eq(driver_run_timeout(d), 251);
	d->speed = 7; /* 1000 steps/s: more than a step a frame */
	ck_assert_int_eq(driver_run_timeout(d), DRIVER_FRAME_MS);
	d->speed = controls_speed_count() - 1; /* max: what is left of the frame */
	ck_assert_int_eq(driver_run_timeout(d), DRIVER_FRAME_MS - DRIVER_MAX_RUN_MS);
}
END_TEST

/* A slow run trains what the time owes (no more after a stall), never past --epochs. */
START_TEST(test_driver_train_tick)
{
	struct driver *d = &tui.driver;
	long epoch = trainer_train_set(trainer)->size;

	d->options.epochs = 1;
	d->speed = 8; /* 10000 steps/s */
	driver_start_run(d);
	d->last_tick -= 0.0105; /* 10.5 ms ago: 105 steps owed */
	ck_assert_int_eq(driver_train_tick(d), epoch);
	ck_assert_int_eq(trainer_step_count(trainer), epoch);
	driver_run_checks(d);
	ck_assert(!d->running);
	/* On again past the end: a stall of an hour trains half a second's steps, plus one. */
	driver_start_run(d);
	d->last_tick -= 3600;
	ck_assert_int_eq(driver_train_tick(d), 5001);
}
END_TEST

/* A diverged run does not start again; the message says what to do. */
START_TEST(test_driver_refuses_diverged_run)
{
	trainer_set_lr(trainer, 1e200);
	trainer_run(trainer, 300);
	ck_assert(trainer_diverged(trainer));
	press('r', -1);
	ck_assert(!tui.driver.running);
	ck_assert_str_eq(tui.driver.message,
			 "diverged: step back (b), lower the rate ([) or reset (R) first");
}
END_TEST

/* The neurons' firing counts follow a remove and an add on the same step (the set's size the same). */
START_TEST(test_fired_follows_the_data)
{
	const struct dataset *set = trainer_train_set(trainer);
	int before[NETWORK_MAX_HIDDEN] = { 0 }, now[NETWORK_MAX_HIDDEN] = { 0 };
	struct patch shade;
	char err[200];
	bool differs = false;

	trainer_run(trainer, 5);
	views_update_fired(&tui.views, trainer, false, 0.0);
	memcpy(before, tui.views.fired, sizeof before);
	/* Patch 0 out, a uniform shade in: the first shade that changes a count. */
	for (int shade_of = 0; shade_of <= 10 && !differs; shade_of++) {
		for (int i = 0; i < PATCH_PIXELS; i++)
			shade.pixel[i] = shade_of / 10.0;
		ck_assert_int_eq(trainer_remove_patch(trainer, 0, err, sizeof err), 0);
		ck_assert_int_eq(trainer_add_patch(trainer, &shade, LABEL_NO_EDGE, err, sizeof err), 0);
		probe_fired(trainer_network(trainer), set, now);
		differs = memcmp(before, now, sizeof before) != 0;
		if (!differs) {
			ck_assert_int_eq(trainer_step_back(trainer), 0);
			ck_assert_int_eq(trainer_step_back(trainer), 0);
		}
	}
	ck_assert_msg(differs, "no shade changes a count: no test");
	ck_assert_int_eq(set->size, 100);
	views_update_fired(&tui.views, trainer, false, 1.0);
	ck_assert(memcmp(tui.views.fired, now, sizeof now) == 0);
}
END_TEST

/* Type text into whatever asks (the prompt of C). */
static void type(const char *text)
{
	for (; *text != '\0'; text++)
		press(*text, -1);
}

/*
 * C asks for B's change; what is typed is not recorded, the change is; then
 * every step moves both runs (to step 2, back to 1, to 2), B as a run of its
 * own at lr 1 from step 1 on;
 * a key that would change A alone is refused; C closes B.
 */
START_TEST(test_compare_prompt_lockstep_and_close)
{
	char err[256];
	struct trainer *alone = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);

	press(' ', -1);
	press('C', -1);
	ck_assert(tui.compare.prompt);
	type("lr=1.0x");
	press(KEY_BACKSPACE, -1);
	ck_assert_str_eq(tui.compare.typed, "lr=1.0");
	press('\n', -1);
	ck_assert(!tui.compare.prompt && run_pair_is_open(&tui.driver.pair));
	press(' ', -1);
	press('s', -1);
	press('B', -1);
	press('b', -1);
	press(' ', -1);
	ck_assert(run_pair_in_step(&tui.driver.pair));
	ck_assert_int_eq(trainer_step_count(tui.driver.pair.b), 2);
	trainer_run(alone, 1);
	trainer_set_lr(alone, 1.0);
	trainer_run(alone, 1);
	ck_assert(memcmp(trainer_network(alone), trainer_network(tui.driver.pair.b),
			 sizeof(struct network)) == 0);
	press(']', -1);
	ck_assert(trainer_lr(tui.driver.trainer) == 0.1);
	ck_assert(strstr(tui.driver.message, "would change run A alone") != NULL);
	press('C', -1);
	ck_assert(!run_pair_is_open(&tui.driver.pair));
	ck_assert_str_eq(recorded(), "key space\ncompare lr=1\nkey space\nkey s\nkey B\nkey b\nkey space\n"
				     "key none\nkey C\n");
	trainer_destroy(alone);
}
END_TEST

/* A change that does not read is said, and opens nothing; Esc and other keys ask no more. */
START_TEST(test_compare_prompt_refusals)
{
	press('C', -1);
	type("lr=abc\n");
	ck_assert(!run_pair_is_open(&tui.driver.pair) && !tui.compare.prompt);
	ck_assert(strstr(tui.driver.message, "no run B: lr=abc: the learning rate") != NULL);
	press('C', -1);
	press(27, -1);
	ck_assert(!tui.compare.prompt);
	press('C', -1);
	press('?', -1);
	ck_assert(!tui.compare.prompt && !tui.view.help);
	ck_assert_str_eq(recorded(), "");
}
END_TEST

Suite *suite_tui_keys(void)
{
	Suite *s = suite_create("tui_keys");
	TCase *tc = tcase_create("keys");

	tcase_add_checked_fixture(tc, keys_setup, keys_teardown);
	tcase_add_test(tc, test_key_steps_and_is_recorded_once);
	tcase_add_test(tc, test_compare_prompt_lockstep_and_close);
	tcase_add_test(tc, test_compare_prompt_refusals);
	tcase_add_test(tc, test_message_until_next_key);
	tcase_add_test(tc, test_reset_asks_past_step_0);
	tcase_add_test(tc, test_help_pages_and_close);
	tcase_add_test(tc, test_too_small_screen);
	tcase_add_test(tc, test_editor_and_clicks);
	tcase_add_test(tc, test_run_and_speeds);
	tcase_add_test(tc, test_neuron_selection);
	tcase_add_test(tc, test_test_set_browsing);
	tcase_add_test(tc, test_wrong_list);
	tcase_add_test(tc, test_tour_pages);
	tcase_add_test(tc, test_view_keys);
	tcase_add_test(tc, test_run_frames);
	tcase_add_test(tc, test_player_replays_as_live);
	tcase_add_test(tc, test_driver_timeouts);
	tcase_add_test(tc, test_driver_train_tick);
	tcase_add_test(tc, test_driver_refuses_diverged_run);
	tcase_add_test(tc, test_fired_follows_the_data);
	suite_add_tcase(s, tc);
	return s;
}
