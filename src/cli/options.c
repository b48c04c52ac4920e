/*
 * Command-line parsing. Every value is checked in full (no trailing junk, no
 * silent wrap-around, no inf or NaN), and each problem is reported as one
 * line that names the option.
 */
#include "config.h"

#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/options.h"
#include "core/textfile.h"

enum option_id {
	OPT_BATCH = 256,
	OPT_TRACE,
	OPT_SEED,
	OPT_HIDDEN,
	OPT_LR,
	OPT_EPOCHS,
	OPT_TRAIN_SIZE,
	OPT_TEST_SIZE,
	OPT_CSV,
	OPT_LOAD,
	OPT_SAVE,
	OPT_PATCH,
	OPT_NO_COLOR,
	OPT_ASCII,
	OPT_ACTIVATION,
	OPT_RECORD,
	OPT_REPLAY,
	OPT_TOUR,
	OPT_QUIZ,
	OPT_THEME,
	OPT_NARRATE,
	OPT_PALETTE,
	OPT_MAP,
	OPT_TRAIN_DATA,
	OPT_TEST_DATA,
	OPT_CAST,
	OPT_CAST_SIZE,
	OPT_COMPARE,
};

static const struct option LONG_OPTIONS[] = {
	{ "batch", no_argument, NULL, OPT_BATCH },
	{ "trace", no_argument, NULL, OPT_TRACE },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "hidden", required_argument, NULL, OPT_HIDDEN },
	{ "lr", required_argument, NULL, OPT_LR },
	{ "epochs", required_argument, NULL, OPT_EPOCHS },
	{ "train-size", required_argument, NULL, OPT_TRAIN_SIZE },
	{ "test-size", required_argument, NULL, OPT_TEST_SIZE },
	{ "csv", required_argument, NULL, OPT_CSV },
	{ "load", required_argument, NULL, OPT_LOAD },
	{ "save", required_argument, NULL, OPT_SAVE },
	{ "patch", required_argument, NULL, OPT_PATCH },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "ascii", no_argument, NULL, OPT_ASCII },
	{ "activation", required_argument, NULL, OPT_ACTIVATION },
	{ "record", required_argument, NULL, OPT_RECORD },
	{ "replay", required_argument, NULL, OPT_REPLAY },
	{ "tour", no_argument, NULL, OPT_TOUR },
	{ "quiz", no_argument, NULL, OPT_QUIZ },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "narrate", no_argument, NULL, OPT_NARRATE },
	{ "palette", required_argument, NULL, OPT_PALETTE },
	{ "map", required_argument, NULL, OPT_MAP },
	{ "train-data", required_argument, NULL, OPT_TRAIN_DATA },
	{ "test-data", required_argument, NULL, OPT_TEST_DATA },
	{ "cast", required_argument, NULL, OPT_CAST },
	{ "cast-size", required_argument, NULL, OPT_CAST_SIZE },
	{ "compare", required_argument, NULL, OPT_COMPARE },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

void options_print_help(FILE *out)
{
	fputs("Usage: edgeviz [OPTIONS]            watch a small network learn, step by step\n"
	      "       edgeviz --batch [OPTIONS]    train without the screen; print the log\n"
	      "       edgeviz --trace [OPTIONS]    print one training step, phase by phase\n"
	      "\n"
	      "Options:\n"
	      "  --seed N         numpy-compatible seed, 0 to 4294967295 (default 42; --trace: 123)\n"
	      "  --hidden N       hidden neurons, 1 to 64 (default 8)\n"
	      "  --lr X           learning rate, above 0 (default 0.1)\n"
	      "  --activation F   the hidden layer's gate: relu, leaky, sigmoid, tanh (default relu)\n"
	      "  --compare K=V[,K=V]  a second run B beside: the run with lr=, activation=,\n"
	      "                   seed= or hidden= changed (e.g. lr=1.0); --batch logs both, and\n"
	      "                   --csv's rows start with their run, A or B\n"
	      "  --epochs N       epochs to train, 0 to 10000000 (default 100)\n"
	      "  --train-size N   training patches, 1 to 100000 (default 100)\n"
	      "  --test-size N    test patches, 1 to 100000 (default 20)\n"
	      "  --train-data FILE  train on FILE's patches, not drawn ones (-: standard input)\n"
	      "  --test-data FILE   test on FILE's patches; the format: edgeviz(1), DATA FILES\n"
	      "  --csv FILE|-     with --batch: per-epoch loss and accuracy as CSV\n"
	      "  --map FILE       with --batch: p(Edge) over the edge-patch family as CSV\n"
	      "                   (k,a,b,p_edge; k 1 to 4, a and b 0 to 1 in steps of 0.05)\n"
	      "  --load FILE      start from saved weights\n"
	      "  --save FILE      save the weights after --batch, or on 'w' in the visualizer\n"
	      "  --patch SPEC     with --trace: edge, edge-shifted, uniform, inverted, soft-edge,\n"
	      "                   or 25 comma-separated values in [0,1] (default soft-edge)\n"
	      "  --record FILE    visualizer: write every key and step to FILE, for --replay\n"
	      "  --replay FILE    visualizer: play a recorded (or hand-written) session back\n"
	      "  --tour           visualizer: start the guided tour of the tutorial's parts\n"
	      "  --quiz           visualizer: start in quiz mode (Q): predict each phase, 1-4,\n"
	      "                   then see it; a score is kept\n"
	      "  --theme NAME     visualizer: dark (default) or light, for projectors\n"
	      "  --palette NAME   visualizer: normal (default) or cvd, blue and orange for red\n"
	      "                   and green (also EDGEVIZ_PALETTE=cvd)\n"
	      "  --cast FILE      visualizer: also write what the screen shows to FILE, an\n"
	      "                   asciicast v2 (asciinema) with a marker at each phase\n"
	      "  --cast-size WxH  with --cast and --replay: make the cast with no terminal,\n"
	      "                   the screen WxH (80x24 to 400x200)\n"
	      "  --narrate        the lesson as plain lines of text, no screen (screen readers,\n"
	      "                   pipes); keys from standard input; works with --replay\n"
	      "  --no-color       no colors (also when NO_COLOR is set)\n"
	      "  --ascii          no Unicode drawing characters\n"
	      "  -h, --help       show this help and exit\n"
	      "  -V, --version    show the version and exit\n"
	      "\n"
	      "Numbering: every index of the data and the network counts from 0, as numpy\n"
	      "and the tutorial do: epoch 0, sample 0/100 (the first of 100), neuron h0,\n"
	      "W1[pixel,neuron], pixel r0 c0; on screen, in --trace, --csv and exports.\n"
	      "Counts count: step 1 is the first update made.\n"
	      "\n"
	      "Keys and files are described in edgeviz(1).\n",
	      out);
}

/* Parse all of text as a decimal integer in [min, max]. */
static int parse_integer(const char *option, const char *text, long long min, long long max, long long *value,
			 char *err, size_t err_size)
{
	switch (textfile_integer(text, min, max, value)) {
	case TEXTFILE_NUMBER:
		return 0;
	case TEXTFILE_OUT_OF_RANGE:
		snprintf(err, err_size, "--%s: %.40s is out of range (%lld to %lld)", option, text, min, max);
		return -1;
	default:
		snprintf(err, err_size, "--%s: '%.40s' is not a whole number", option, text);
		return -1;
	}
}

/* Parse all of text as a finite number above 0. */
static int parse_positive(const char *option, const char *text, double *value, char *err, size_t err_size)
{
	double v = 0;

	switch (textfile_double(text, 0.0, HUGE_VAL, &v)) {
	case TEXTFILE_NOT_NUMBER:
		snprintf(err, err_size, "--%s: '%.40s' is not a number", option, text);
		return -1;
	case TEXTFILE_NOT_FINITE:
		snprintf(err, err_size, "--%s: '%.40s' is not a finite number", option, text);
		return -1;
	default:
		break;
	}
	if (!(v > 0.0)) {
		snprintf(err, err_size, "--%s: %.40s must be above 0", option, text);
		return -1;
	}
	*value = v;
	return 0;
}

/* Set the mode, refusing a second one. */
static int set_mode(struct options *o, enum mode mode, char *err, size_t err_size)
{
	if (o->mode != MODE_INTERACTIVE && o->mode != mode) {
		snprintf(err, err_size, "--batch and --trace cannot be combined");
		return -1;
	}
	o->mode = mode;
	return 0;
}

/* The option's value where a numeric option goes; 1 if id is not one. */
static int apply_number(struct options *o, int id, const char *arg, char *err, size_t err_size)
{
	long long v;

	switch (id) {
	case OPT_SEED:
		if (parse_integer("seed", arg, 0, UINT32_MAX, &v, err, err_size) != 0)
			return -1;
		o->config.seed = (uint32_t)v;
		o->seed_given = true;
		return 0;
	case OPT_HIDDEN:
		if (parse_integer("hidden", arg, NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN, &v, err, err_size) !=
		    0)
			return -1;
		o->config.hidden = (int)v;
		o->hidden_given = true;
		return 0;
	case OPT_LR:
		return parse_positive("lr", arg, &o->config.lr, err, err_size);
	case OPT_EPOCHS:
		if (parse_integer("epochs", arg, 0, OPTIONS_MAX_EPOCHS, &v, err, err_size) != 0)
			return -1;
		o->epochs = (long)v;
		return 0;
	case OPT_TRAIN_SIZE:
		if (parse_integer("train-size", arg, 1, DATASET_MAX_SIZE, &v, err, err_size) != 0)
			return -1;
		o->config.train_size = (int)v;
		o->train_size_given = true;
		return 0;
	case OPT_TEST_SIZE:
		if (parse_integer("test-size", arg, 1, DATASET_MAX_SIZE, &v, err, err_size) != 0)
			return -1;
		o->config.test_size = (int)v;
		o->test_size_given = true;
		return 0;
	case OPT_TRAIN_DATA:
		o->train_data_path = arg;
		return 0;
	case OPT_TEST_DATA:
		o->test_data_path = arg;
		return 0;
	}
	return 1;
}

/* A file name or patch the option gives; 1 if id is not one. */
static int apply_path(struct options *o, int id, const char *arg)
{
	switch (id) {
	case OPT_CSV:
		o->csv_path = arg;
		return 0;
	case OPT_MAP:
		o->map_path = arg;
		return 0;
	case OPT_LOAD:
		o->load_path = arg;
		return 0;
	case OPT_SAVE:
		o->save_path = arg;
		return 0;
	case OPT_PATCH:
		o->patch_spec = arg;
		return 0;
	case OPT_RECORD:
		o->record_path = arg;
		return 0;
	case OPT_REPLAY:
		o->replay_path = arg;
		return 0;
	case OPT_CAST:
		o->cast_path = arg;
		return 0;
	}
	return 1;
}

/* A switch without a value; 1 if id is not one. */
static int apply_switch(struct options *o, int id, char *err, size_t err_size)
{
	switch (id) {
	case OPT_BATCH:
		return set_mode(o, MODE_BATCH, err, err_size);
	case OPT_TRACE:
		return set_mode(o, MODE_TRACE, err, err_size);
	case OPT_NO_COLOR:
		o->no_color = true;
		return 0;
	case OPT_ASCII:
		o->ascii = true;
		return 0;
	case OPT_QUIZ:
		o->quiz = true;
		return 0;
	case OPT_TOUR:
		o->tour = true;
		return 0;
	case OPT_NARRATE:
		o->narrate = true;
		return 0;
	case 'h':
		o->mode = MODE_HELP;
		return 0;
	case 'V':
		o->mode = MODE_VERSION;
		return 0;
	}
	return 1;
}

int options_palette(struct options *o, const char *where, const char *name, char *err, size_t err_size)
{
	if (strcmp(name, "normal") != 0 && strcmp(name, "cvd") != 0) {
		snprintf(err, err_size, "%s: '%.40s' is not normal or cvd", where, name);
		return -1;
	}
	o->cvd = strcmp(name, "cvd") == 0;
	o->palette_given = true;
	return 0;
}

/*
 * --cast-size WxH: the screen a cast made without a terminal is drawn at; at
 * least the 80x24 the visualizer is made for, and a size players still show.
 */
static int parse_cast_size(struct options *o, const char *arg, char *err, size_t err_size)
{
	char width[16], height[16];
	const char *x = strchr(arg, 'x');
	long long w = 0, h = 0;

	if (x == NULL || x == arg || (size_t)(x - arg) >= sizeof width || strlen(x + 1) >= sizeof height) {
		snprintf(err, err_size, "--cast-size: '%.40s' is not WIDTHxHEIGHT, as 80x24", arg);
		return -1;
	}
	memcpy(width, arg, (size_t)(x - arg));
	width[x - arg] = '\0';
	strcpy(height, x + 1);
	if (textfile_integer(width, 0, 100000, &w) != TEXTFILE_NUMBER ||
	    textfile_integer(height, 0, 100000, &h) != TEXTFILE_NUMBER) {
		snprintf(err, err_size, "--cast-size: '%.40s' is not WIDTHxHEIGHT, as 80x24", arg);
		return -1;
	}
	if (w < OPTIONS_CAST_MIN_WIDTH || h < OPTIONS_CAST_MIN_HEIGHT || w > OPTIONS_CAST_MAX_WIDTH ||
	    h > OPTIONS_CAST_MAX_HEIGHT) {
		snprintf(err, err_size, "--cast-size: %lldx%lld is out of range (%dx%d to %dx%d)", w, h,
			 OPTIONS_CAST_MIN_WIDTH, OPTIONS_CAST_MIN_HEIGHT, OPTIONS_CAST_MAX_WIDTH,
			 OPTIONS_CAST_MAX_HEIGHT);
		return -1;
	}
	o->cast_width = (int)w;
	o->cast_height = (int)h;
	return 0;
}

/* --compare KEY=VALUE[,KEY=VALUE...]: the change run B makes. */
static int apply_compare(struct options *o, const char *arg, char *err, size_t err_size)
{
	char why[192];

	if (o->compare_given) {
		snprintf(err, err_size,
			 "--compare is given twice (join the changes with commas: lr=1.0,seed=7)");
		return -1;
	}
	if (run_change_parse(arg, &o->compare, why, sizeof(why)) != 0) {
		snprintf(err, err_size, "--compare: %s", why);
		return -1;
	}
	o->compare_given = true;
	return 0;
}

/* A keyword option: --activation, --theme or --palette; 1 if id is none of them. */
static int apply_keyword(struct options *o, int id, const char *arg, char *err, size_t err_size)
{
	int activation;

	switch (id) {
	case OPT_ACTIVATION:
		activation = activation_parse(arg);
		if (activation < 0) {
			snprintf(err, err_size, "--activation: '%.40s' is not relu, leaky, sigmoid or tanh",
				 arg);
			return -1;
		}
		o->config.activation = (enum activation)activation;
		o->activation_given = true;
		return 0;
	case OPT_THEME:
		if (strcmp(arg, "dark") != 0 && strcmp(arg, "light") != 0) {
			snprintf(err, err_size, "--theme: '%.40s' is not dark or light", arg);
			return -1;
		}
		o->light = strcmp(arg, "light") == 0;
		return 0;
	case OPT_PALETTE:
		return options_palette(o, "--palette", arg, err, err_size);
	case OPT_CAST_SIZE:
		return parse_cast_size(o, arg, err, err_size);
	case OPT_COMPARE:
		return apply_compare(o, arg, err, err_size);
	}
	return 1;
}

/* Apply one parsed option. */
static int apply_option(struct options *o, int id, const char *arg, char *err, size_t err_size)
{
	int status = apply_switch(o, id, err, err_size);

	if (status == 1)
		status = apply_path(o, id, arg);
	if (status == 1)
		status = apply_number(o, id, arg, err, err_size);
	if (status == 1)
		status = apply_keyword(o, id, arg, err, err_size);
	return status == 1 ? -1 : status;
}

/* Refuse data options that contradict each other. */
static int check_data(const struct options *o, char *err, size_t err_size)
{
	const char *train = o->train_data_path, *test = o->test_data_path;

	if ((train != NULL && train[0] == '\0') || (test != NULL && test[0] == '\0')) {
		snprintf(err, err_size, "--%s: the file name is empty",
			 train != NULL && train[0] == '\0' ? "train-data" : "test-data");
		return -1;
	}
	if (train != NULL && test != NULL && strcmp(train, "-") == 0 && strcmp(test, "-") == 0) {
		snprintf(err, err_size, "--train-data and --test-data cannot both read standard input");
		return -1;
	}
	if (train != NULL && o->train_size_given) {
		snprintf(err, err_size,
			 "--train-size cannot be used with --train-data (the file gives the size)");
		return -1;
	}
	if (test != NULL && o->test_size_given) {
		snprintf(err, err_size,
			 "--test-size cannot be used with --test-data (the file gives the size)");
		return -1;
	}
	return 0;
}

/* Refuse --cast and --cast-size where they would be ignored. */
static int check_cast(const struct options *o, char *err, size_t err_size)
{
	if (o->cast_path != NULL && (o->mode != MODE_INTERACTIVE || o->narrate)) {
		snprintf(err, err_size, "--cast is for the visualizer, not --batch, --trace or --narrate");
		return -1;
	}
	if (o->cast_path != NULL && o->cast_path[0] == '\0') {
		snprintf(err, err_size, "--cast: the file name is empty");
		return -1;
	}
	if (o->cast_width > 0 && (o->cast_path == NULL || o->replay_path == NULL)) {
		snprintf(err, err_size,
			 "--cast-size needs --cast and --replay (a live cast has the terminal's size)");
		return -1;
	}
	return 0;
}

/* Refuse what --compare cannot go with: one run's modes and files. */
static int check_compare(const struct options *o, char *err, size_t err_size)
{
	if (!o->compare_given)
		return 0;
	if (o->mode == MODE_TRACE || o->narrate || o->replay_path != NULL) {
		snprintf(err, err_size, "--compare cannot be used with --trace, --narrate or --replay");
		return -1;
	}
	if (o->save_path != NULL || o->map_path != NULL) {
		snprintf(err, err_size, "--save and --map keep one run: they cannot be used with --compare");
		return -1;
	}
	return 0;
}

/* Refuse options that the chosen mode would silently ignore. */
static int check_combination(const struct options *o, char *err, size_t err_size)
{
	if (check_data(o, err, err_size) != 0 || check_cast(o, err, err_size) != 0 ||
	    check_compare(o, err, err_size) != 0)
		return -1;
	if (o->csv_path != NULL && o->mode != MODE_BATCH) {
		snprintf(err, err_size, "--csv needs --batch");
		return -1;
	}
	if (o->map_path != NULL && o->mode != MODE_BATCH) {
		snprintf(err, err_size, "--map needs --batch");
		return -1;
	}
	if (o->map_path != NULL && o->map_path[0] == '\0') {
		snprintf(err, err_size, "--map: the file name is empty");
		return -1;
	}
	if (o->patch_spec != NULL && o->mode != MODE_TRACE) {
		snprintf(err, err_size, "--patch needs --trace");
		return -1;
	}
	if (o->save_path != NULL && o->mode == MODE_TRACE) {
		snprintf(err, err_size, "--save cannot be used with --trace");
		return -1;
	}
	if ((o->record_path != NULL || o->replay_path != NULL || o->tour || o->quiz) &&
	    o->mode != MODE_INTERACTIVE) {
		snprintf(err, err_size,
			 "--record, --replay, --tour and --quiz are for the visualizer, not --%s",
			 o->mode == MODE_BATCH ? "batch" : "trace");
		return -1;
	}
	if (o->narrate && (o->mode != MODE_INTERACTIVE || o->record_path != NULL || o->tour || o->quiz)) {
		snprintf(err, err_size,
			 "--narrate cannot be used with --batch, --trace, --record, --tour or --quiz");
		return -1;
	}
	if (o->record_path != NULL && o->replay_path != NULL) {
		snprintf(err, err_size, "--record and --replay cannot be combined");
		return -1;
	}
	if (o->csv_path != NULL && o->csv_path[0] == '\0') {
		snprintf(err, err_size, "--csv: the file name is empty");
		return -1;
	}
	return 0;
}

int options_parse(int argc, char **argv, struct options *o, char *err, size_t err_size)
{
	int id;

	memset(o, 0, sizeof(*o));
	o->mode = MODE_INTERACTIVE;
	o->config = TRAINER_DEFAULTS;
	o->epochs = 100;

	opterr = 0;
	optind = 1;
	while ((id = getopt_long(argc, argv, ":hV", LONG_OPTIONS, NULL)) != -1) {
		const char *given = argv[optind - 1];
		if (id == '?') {
			if (optopt != 0)
				snprintf(err, err_size, "unknown option '-%c' (see edgeviz --help)", optopt);
			else
				snprintf(err, err_size, "unknown option '%.60s' (see edgeviz --help)", given);
			return -1;
		}
		if (id == ':') {
			snprintf(err, err_size, "option '%.60s' needs a value", given);
			return -1;
		}
		if (apply_option(o, id, optarg, err, err_size) != 0)
			return -1;
		if (o->mode == MODE_HELP || o->mode == MODE_VERSION)
			return 0;
	}
	if (optind < argc) {
		snprintf(err, err_size, "unexpected argument '%.60s' (see edgeviz --help)", argv[optind]);
		return -1;
	}
	if (o->mode == MODE_TRACE && !o->seed_given)
		o->config.seed = 123; /* the tutorial's Part 1 */
	/* The command line wins over the environment, which a lab machine sets once. */
	const char *palette = getenv("EDGEVIZ_PALETTE");
	if (o->mode == MODE_INTERACTIVE && !o->palette_given && palette != NULL && palette[0] != '\0' &&
	    options_palette(o, "EDGEVIZ_PALETTE", palette, err, err_size) != 0)
		return -1;
	return check_combination(o, err, err_size);
}
