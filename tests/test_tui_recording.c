/*
 * The recording format of --record and --replay: what a recorded session
 * and a hand-written one read as, what the writer writes reading back the
 * same, and one line naming the line for each kind of mistake.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "check_tui.h"
#include "tui/classroom/recording.h"

/* Parse text from the defaults; return the status, err filled. */
static int parse(const char *text, struct recording *rec, char *err, size_t size)
{
	return recording_parse(text, &TRAINER_DEFAULTS, 100, rec, err, size);
}

START_TEST(test_recording_settings_and_events)
{
	struct recording rec;
	char err[256];

	ck_assert_int_eq(parse("edgeviz-recording 1\n"
			       "# prepared for class\n"
			       "seed 7\nhidden 4\nlr 0.25\nactivation tanh\n"
			       "train-size 30\ntest-size 10\nepochs 5\nweights demo.weights\n"
			       "train-data class.csv\ntest-data class-test.csv\n"
			       "\n"
			       "0.000 key s\n"
			       "1.250 key space\n"
			       "2.300 run 37\n"
			       "3 paint 2 3\n"
			       "key up\n",
			       &rec, err, sizeof err),
			 0);
	ck_assert_uint_eq(rec.config.seed, 7);
	ck_assert_int_eq(rec.config.hidden, 4);
	ck_assert_double_eq(rec.config.lr, 0.25);
	ck_assert_int_eq(rec.config.activation, ACTIVATION_TANH);
	ck_assert_int_eq(rec.config.train_size, 30);
	ck_assert_int_eq(rec.config.test_size, 10);
	ck_assert_int_eq(rec.epochs, 5);
	ck_assert_str_eq(rec.weights, "demo.weights");
	ck_assert_str_eq(rec.train_data, "class.csv");
	ck_assert_str_eq(rec.test_data, "class-test.csv");
	ck_assert_uint_eq(rec.count, 5);
	ck_assert_int_eq(rec.events[0].kind, RECORDING_KEY);
	ck_assert_int_eq(rec.events[0].key, 's');
	ck_assert_int_eq(rec.events[1].key, ' ');
	ck_assert_double_eq_tol(rec.events[1].time, 1.25, 1e-12);
	ck_assert_int_eq(rec.events[2].kind, RECORDING_RUN);
	ck_assert_int_eq(rec.events[2].steps, 37);
	ck_assert_int_eq(rec.events[3].kind, RECORDING_PAINT);
	ck_assert_int_eq(rec.events[3].pixel, 13);
	/* no time: at once after the one before */
	ck_assert_int_eq(rec.events[4].key, KEY_UP);
	ck_assert_double_eq_tol(rec.events[4].time, 3, 1e-12);
	ck_assert_int_eq(rec.events[4].line, 18);
	recording_free(&rec);
}
END_TEST

START_TEST(test_recording_defaults_and_wait)
{
	struct recording rec;
	char err[256];

	ck_assert_int_eq(parse("edgeviz-recording 1\r\nkey s\r\nwait 2\r\nkey s\r\n1.5 key s\r\n", &rec, err,
			       sizeof err),
			 0);
	ck_assert_uint_eq(rec.config.seed, TRAINER_DEFAULTS.seed);
	ck_assert_int_eq(rec.config.hidden, TRAINER_DEFAULTS.hidden);
	ck_assert_int_eq(rec.epochs, 100);
	ck_assert_str_eq(rec.weights, "");
	/* no tour and no theme said: the command line's */
	ck_assert_int_eq(rec.tour, -1);
	ck_assert_int_eq(rec.light, -1);
	ck_assert_str_eq(rec.train_data, "");
	ck_assert_str_eq(rec.test_data, "");
	ck_assert_uint_eq(rec.count, 3);
	ck_assert_double_eq_tol(rec.events[0].time, 0, 1e-12);
	ck_assert_double_eq_tol(rec.events[1].time, 2, 1e-12);
	/* a wait shifts the times after it */
	ck_assert_double_eq_tol(rec.events[2].time, 3.5, 1e-12);
	recording_free(&rec);
}
END_TEST

START_TEST(test_recording_keys)
{
	char buf[4];
	int keys[] = { ' ',	  '\t',		 '\n',	    27,	      KEY_UP,
		       KEY_DOWN,  KEY_LEFT,	 KEY_RIGHT, KEY_BTAB, KEY_PPAGE,
		       KEY_NPAGE, KEY_BACKSPACE, 's',	    '?',      '+',
		       '#',	  'T',		 12,	    0 };
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *name = recording_key_name(keys[i], buf, sizeof buf);

		ck_assert_ptr_nonnull(name);
		ck_assert_int_eq(recording_key_parse(name), keys[i]);
	}
	ck_assert_str_eq(recording_key_name(' ', buf, sizeof buf), "space");
	ck_assert_ptr_null(recording_key_name(KEY_F(9), buf, sizeof buf));
	ck_assert_int_eq(recording_key_parse("spacebar"), -1);
	ck_assert_int_eq(recording_key_parse("ss"), -1);
}
END_TEST

START_TEST(test_recording_round_trip)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	struct recording_event events[] = {
		{ .kind = RECORDING_KEY, .key = 'r' },
		{ .kind = RECORDING_RUN, .steps = 12345 },
		{ .kind = RECORDING_KEY, .key = KEY_F(9) },
		{ .kind = RECORDING_PAINT, .pixel = 24 },
	};
	struct recording rec;
	char text[2048], err[256];
	FILE *f = fmemopen(text, sizeof text, "w");
	size_t i;

	config.seed = 4000000000u;
	config.lr = 0.1 + 0.2;
	config.activation = ACTIVATION_LEAKY;
	ck_assert_ptr_nonnull(f);
	recording_write_header(f, &config, 7);
	for (i = 0; i < 4; i++)
		recording_write_event(f, 0.5 * (double)i, &events[i]);
	fclose(f);
	ck_assert_int_eq(parse(text, &rec, err, sizeof err), 0);
	ck_assert_uint_eq(rec.config.seed, 4000000000u);
	/* the rate reads back bit for bit */
	ck_assert(rec.config.lr == 0.1 + 0.2);
	ck_assert_int_eq(rec.config.activation, ACTIVATION_LEAKY);
	ck_assert_int_eq(rec.epochs, 7);
	ck_assert_uint_eq(rec.count, 4);
	ck_assert_int_eq(rec.events[1].steps, 12345);
	ck_assert_int_eq(rec.events[2].key, 0); /* an unnamed key: "none" */
	ck_assert_int_eq(rec.events[3].pixel, 24);
	ck_assert_double_eq_tol(rec.events[3].time, 1.5, 1e-12);
	recording_free(&rec);
}
END_TEST

/* The screen's settings: the tour and its page, the theme; written, then read back. */
START_TEST(test_recording_screen)
{
	struct recording rec;
	char text[256], err[256];
	FILE *f = fmemopen(text, sizeof text, "w");

	ck_assert_int_eq(parse("edgeviz-recording 1\ntour 4\ntheme light\nkey s\n", &rec, err, sizeof err),
			 0);
	ck_assert_int_eq(rec.tour, 4);
	ck_assert_int_eq(rec.light, 1);
	recording_free(&rec);
	ck_assert_int_eq(parse("edgeviz-recording 1\ntour off\ntheme dark\n", &rec, err, sizeof err), 0);
	ck_assert_int_eq(rec.tour, 0);
	ck_assert_int_eq(rec.light, 0);
	recording_free(&rec);
	ck_assert_ptr_nonnull(f);
	fputs("edgeviz-recording 1\n", f);
	recording_write_screen(f, true, 8, true);
	fclose(f);
	ck_assert_str_eq(text, "edgeviz-recording 1\ntour 9\ntheme light\n");
	ck_assert_int_eq(parse(text, &rec, err, sizeof err), 0);
	ck_assert_int_eq(rec.tour, 9);
	ck_assert_int_eq(rec.light, 1);
	ck_assert_int_eq(rec.quiz, -1); /* not said: the command line's */
	recording_free(&rec);
	/* Quiz mode: written as said, read back. */
	f = fmemopen(text, sizeof text, "w");
	ck_assert_ptr_nonnull(f);
	fputs("edgeviz-recording 1\n", f);
	recording_write_quiz(f, true);
	fclose(f);
	ck_assert_str_eq(text, "edgeviz-recording 1\nquiz on\n");
	ck_assert_int_eq(parse(text, &rec, err, sizeof err), 0);
	ck_assert_int_eq(rec.quiz, 1);
	recording_free(&rec);
	ck_assert_int_eq(parse("edgeviz-recording 1\nquiz off\n", &rec, err, sizeof err), 0);
	ck_assert_int_eq(rec.quiz, 0);
	recording_free(&rec);
}
END_TEST

/* The mistakes, each with the message it must give. */
static const struct {
	const char *text;
	const char *err;
} recording_bad[] = {
	{ "", "line 1: empty: not an edgeviz recording" },
	{ "edgeviz-weights 1\n", "line 1: not 'edgeviz-recording 1'" },
	{ "edgeviz-recording 2\n", "line 1: not 'edgeviz-recording 1'" },
	{ "edgeviz-recording 1\nseed -1\n", "line 2: seed '-1' is not 0 .. 4294967295" },
	{ "edgeviz-recording 1\nhidden 65\n", "line 2: hidden '65' is not 1 .. 64" },
	{ "edgeviz-recording 1\nlr 0\n", "line 2: lr '0' is not a number > 0" },
	{ "edgeviz-recording 1\nlr nan\n", "line 2: lr 'nan' is not a number > 0" },
	{ "edgeviz-recording 1\nactivation softmax\n", "line 2: activation 'softmax' is not" },
	{ "edgeviz-recording 1\ntrain-size 0\n", "line 2: train-size '0' is not 1 .. 100000" },
	{ "edgeviz-recording 1\nseed\n", "line 2: 'seed' takes one value" },
	{ "edgeviz-recording 1\nkey s\nseed 3\n", "line 3: the setting 'seed' comes after an event" },
	{ "edgeviz-recording 1\n1.0 key s\n0.5 key s\n", "line 3: the time 0.5 is before the last one" },
	{ "edgeviz-recording 1\n1.0\n", "line 2: a time with no event after it" },
	{ "edgeviz-recording 1\n1x key s\n", "line 2: '1x' is not a time in seconds" },
	{ "edgeviz-recording 1\nkey spacebar\n", "line 2: no key is named 'spacebar'" },
	{ "edgeviz-recording 1\ntour 0\n", "line 2: tour '0' is not off or a page, 1 .. 9" },
	{ "edgeviz-recording 1\ntour 10\n", "line 2: tour '10' is not off or a page, 1 .. 9" },
	{ "edgeviz-recording 1\ntheme blue\n", "line 2: theme 'blue' is not dark or light" },
	{ "edgeviz-recording 1\nquiz yes\n", "line 2: quiz 'yes' is not on or off" },
	{ "edgeviz-recording 1\nkey Q\nquiz on\n", "line 3: the setting 'quiz' comes after an event" },
	{ "edgeviz-recording 1\nkey s\ntour 2\n", "line 3: the setting 'tour' comes after an event" },
	{ "edgeviz-recording 1\nkey\n", "line 2: 'key' takes one key name" },
	{ "edgeviz-recording 1\nrun 0\n", "line 2: 'run' takes a number of steps" },
	{ "edgeviz-recording 1\nrun many\n", "line 2: 'run' takes a number of steps" },
	{ "edgeviz-recording 1\npaint 5 0\n", "line 2: 'paint' takes a row and a column" },
	{ "edgeviz-recording 1\nwait -1\n", "line 2: 'wait' takes seconds" },
	{ "edgeviz-recording 1\njump 3\n", "line 2: 'jump' is not key, run, paint, compare, wait" },
	{ "edgeviz-recording 1\ncompare\n", "line 2: 'compare' takes one change, such as lr=1.0" },
	{ "edgeviz-recording 1\ncompare lr=1 seed=2\n", "line 2: 'compare' takes one change" },
	{ "edgeviz-recording 1\ncompare lr=-1\n", "line 2: compare: lr=-1: the learning rate must be" },
	{ "edgeviz-recording 1\ncompare size=3\n",
	  "line 2: compare: 'size' is not lr, activation, seed or hidden" },
	{ "edgeviz-recording 1\nkey s s s s\n", "line 2: too many words" },
};

START_TEST(test_recording_mistakes)
{
	struct recording rec;
	char err[256];

	ck_assert_int_eq(parse(recording_bad[_i].text, &rec, err, sizeof err), -1);
	ck_assert_msg(strncmp(err, recording_bad[_i].err, strlen(recording_bad[_i].err)) == 0,
		      "'%s' gave '%s', not '%s'", recording_bad[_i].text, err, recording_bad[_i].err);
	ck_assert_ptr_null(rec.events);
}
END_TEST

/* compare CHANGE reads into its change and is written back as it was read. */
START_TEST(test_recording_compare)
{
	struct recording rec;
	char *text = NULL, err[256];
	size_t length = 0;
	FILE *f;

	ck_assert_int_eq(
		parse("edgeviz-recording 1\n2.5 compare seed=7,lr=0.5\nkey C\n", &rec, err, sizeof err), 0);
	ck_assert_uint_eq(rec.count, 2);
	ck_assert_int_eq(rec.events[0].kind, RECORDING_COMPARE);
	ck_assert(rec.events[0].change.has_seed && rec.events[0].change.seed == 7);
	ck_assert(rec.events[0].change.has_lr && rec.events[0].change.lr == 0.5);
	ck_assert(!rec.events[0].change.has_hidden && !rec.events[0].change.has_activation);
	ck_assert_int_eq(rec.events[1].kind, RECORDING_KEY);
	ck_assert_int_eq(rec.events[1].key, 'C');
	f = open_memstream(&text, &length);
	recording_write_event(f, 2.5, &rec.events[0]);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_str_eq(text, "2.500 compare lr=0.5,seed=7\n");
	free(text);
	recording_free(&rec);
}
END_TEST

START_TEST(test_recording_long_line)
{
	struct recording rec;
	char text[1024], err[256];

	snprintf(text, sizeof text, "edgeviz-recording 1\n# %0300d\n", 0);
	ck_assert_int_eq(parse(text, &rec, err, sizeof err), -1);
	ck_assert_str_eq(err, "line 2: longer than 256 characters");
}
END_TEST

START_TEST(test_recording_load_missing)
{
	struct recording rec;
	char err[256];

	ck_assert_int_eq(
		recording_load("/nonexistent/edgeviz.rec", &TRAINER_DEFAULTS, 100, &rec, err, sizeof err),
		-1);
	ck_assert(strstr(err, "cannot read '/nonexistent/edgeviz.rec'") == err);
}
END_TEST

/* The data settings read back; standard input becomes a comment, not a setting. */
START_TEST(test_recording_data_settings)
{
	char *text = NULL, err[256];
	size_t length = 0;
	struct recording rec;
	FILE *f = open_memstream(&text, &length);

	recording_write_header(f, &TRAINER_DEFAULTS, 100);
	recording_write_data(f, "train-data", "class.csv");
	recording_write_data(f, "test-data", "-");
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_msg(parse(text, &rec, err, sizeof err) == 0, "%s", err);
	ck_assert_str_eq(rec.train_data, "class.csv");
	ck_assert_str_eq(rec.test_data, "");
	ck_assert_ptr_nonnull(strstr(text, "# --test-data from standard input"));
	recording_free(&rec);
	free(text);
}
END_TEST

Suite *suite_tui_recording(void)
{
	Suite *s = suite_create("tui_recording");
	TCase *tc = tcase_create("recording");

	tcase_add_test(tc, test_recording_settings_and_events);
	tcase_add_test(tc, test_recording_defaults_and_wait);
	tcase_add_test(tc, test_recording_data_settings);
	tcase_add_test(tc, test_recording_keys);
	tcase_add_test(tc, test_recording_round_trip);
	tcase_add_test(tc, test_recording_screen);
	tcase_add_loop_test(tc, test_recording_mistakes, 0,
			    (int)(sizeof recording_bad / sizeof recording_bad[0]));
	tcase_add_test(tc, test_recording_compare);
	tcase_add_test(tc, test_recording_long_line);
	tcase_add_test(tc, test_recording_load_missing);
	suite_add_tcase(s, tc);
	return s;
}
