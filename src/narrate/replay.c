/*
 * --narrate --replay: a recording said as lines. Its settings make the run
 * as the visualizer's player makes it; its keys go to the narrator, its run
 * frames train and say their epochs. Times are not waited for: the text is
 * read at the reader's pace.
 */
#include "config.h"

#include <stdio.h>

#include "cli/common.h"
#include "core/data_file.h"
#include "core/weights_file.h"
#include "narrate/narrate.h"
#include "narrate/narrator.h"
#include "tui/classroom/recording.h"

/* The trainer the recording asks for: its data files, its weights. NULL after saying why. */
static struct trainer *replay_trainer(const char *path, const struct recording *rec, struct dataset sets[2])
{
	const char *paths[2] = { rec->train_data, rec->test_data };
	char err[512];
	struct network net;
	struct trainer *t;

	for (int i = 0; i < 2; i++)
		if (paths[i][0] != '\0' && data_file_load(paths[i], &sets[i], err, sizeof err) != 0) {
			cli_error("--replay: %s", err);
			return NULL;
		}
	t = trainer_create_with_data(&rec->config, sets[0].size > 0 ? &sets[0] : NULL,
				     sets[1].size > 0 ? &sets[1] : NULL, err, sizeof err);
	if (t == NULL) {
		cli_error("--replay: %s: %s", path, err);
		return NULL;
	}
	if (rec->weights[0] != '\0' && (weights_load(&net, rec->weights, err, sizeof err) != 0 ||
					trainer_start_from(t, &net, err, sizeof err) != 0)) {
		cli_error("--replay: %s: %s", path, err);
		trainer_destroy(t);
		return NULL;
	}
	return t;
}

/* Say the recording's events in order. */
static void replay_events(struct narrator *n, const struct recording *rec)
{
	char text[256];

	for (size_t i = 0; i < rec->count; i++) {
		const struct recording_event *ev = &rec->events[i];
		if (ev->kind == RECORDING_RUN) {
			long done = trainer_epochs_done(n->trainer);
			trainer_run(n->trainer, ev->steps);
			snprintf(text, sizeof text, "Ran %ld steps, to step %ld.\n", ev->steps,
				 trainer_step_count(n->trainer));
			narrator_say(text);
			narrator_epochs(n, done);
		} else if (ev->kind == RECORDING_PAINT) {
			narrator_say("A click on the patch editor, which the narration does not follow.\n");
		} else if (ev->kind == RECORDING_COMPARE) {
			narrator_say("Run B opened beside the run, which the narration does not follow.\n");
		} else if (ev->key != 'r' && !narrator_key(n, ev->key)) {
			return;
		}
	}
}

int narrate_replay(const char *path, const struct trainer_config *config, long epochs)
{
	struct recording rec;
	struct dataset sets[2] = { { 0 }, { 0 } };
	char err[512];

	if (recording_load(path, config, epochs, &rec, err, sizeof err) != 0) {
		cli_error("--replay: %s", err);
		return 1;
	}
	struct trainer *t = replay_trainer(path, &rec, sets);
	if (t != NULL) {
		struct narrator n = { .trainer = t, .epochs = rec.epochs, .eof = true };
		narrator_say("edgeviz narration of a recording.\n");
		replay_events(&n, &rec);
		narrator_say("End of the recording.\n");
		trainer_destroy(t);
	}
	for (int i = 0; i < 2; i++)
		dataset_free(&sets[i]);
	recording_free(&rec);
	return t == NULL ? 1 : (ferror(stdout) ? 1 : 0);
}
