/*
 * --record (see recorder.h). A run trains as many steps as fit in a frame,
 * so the recording keeps the steps of each frame: a replay then ends with
 * the recorded run's weights bit for bit, whatever the machine's speed.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "tui/classroom/recorder.h"
#include "tui/classroom/recording.h"

/* Start recording: the file, then the run's settings. */
int recorder_open(struct recorder *r, const char *path, const struct trainer *trainer, const char *load_path,
		  long epochs, double now, char *err, size_t err_size)
{
	struct trainer_config config = *trainer_config(trainer);

	r->file = fopen(path, "w");
	if (r->file == NULL) {
		snprintf(err, err_size, "--record: cannot write '%s': %s", path, strerror(errno));
		return -1;
	}
	config.lr = trainer_lr(trainer);
	config.activation = trainer_network(trainer)->activation;
	recording_write_header(r->file, &config, epochs);
	if (load_path != NULL)
		recording_write_weights(r->file, load_path);
	fflush(r->file);
	r->start = now;
	return 0;
}

/* Write the screen the session starts on: the tour and its page, the theme. */
void recorder_screen(struct recorder *r, const struct tour_state *tour, bool light)
{
	if (r->file == NULL)
		return;
	recording_write_screen(r->file, tour->open, tour->page, light);
	fflush(r->file);
}

/* Record whether the session starts in quiz mode. */
void recorder_quiz(struct recorder *r, bool quiz)
{
	if (r->file == NULL)
		return;
	recording_write_quiz(r->file, quiz);
	fflush(r->file);
}

/* Record the data files' settings. */
void recorder_data(struct recorder *r, const char *train_path, const char *test_path)
{
	if (r->file == NULL)
		return;
	if (train_path != NULL)
		recording_write_data(r->file, "train-data", train_path);
	if (test_path != NULL)
		recording_write_data(r->file, "test-data", test_path);
	fflush(r->file);
}

/* Write one event now (flushed: a crash keeps what was recorded). */
static void recorder_event(struct recorder *r, double now, const struct recording_event *event)
{
	if (r->file == NULL)
		return;
	recording_write_event(r->file, now - r->start, event);
	fflush(r->file);
}

/* Record a key. */
void recorder_key(struct recorder *r, double now, int key)
{
	struct recording_event e = { .kind = RECORDING_KEY, .key = key };

	recorder_event(r, now, &e);
}

/* Record a click on the editor's patch. */
void recorder_paint(struct recorder *r, double now, int pixel)
{
	struct recording_event e = { .kind = RECORDING_PAINT, .pixel = pixel };

	recorder_event(r, now, &e);
}

/* Record run B opened with change (C, or --compare at the start). */
void recorder_compare(struct recorder *r, double now, const struct run_change *change)
{
	struct recording_event e = { .kind = RECORDING_COMPARE, .change = *change };

	recorder_event(r, now, &e);
}

/* Record the steps a frame of a run trained (none: nothing). */
void recorder_run(struct recorder *r, double now, long steps)
{
	struct recording_event e = { .kind = RECORDING_RUN, .steps = steps };

	if (steps > 0)
		recorder_event(r, now, &e);
}

/* Stop recording. */
void recorder_close(struct recorder *r)
{
	if (r->file != NULL)
		fclose(r->file);
	r->file = NULL;
}
