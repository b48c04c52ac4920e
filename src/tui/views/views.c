/*
 * The numbers of the m and n views, from the core, cached against the
 * weights they were computed for (a copy compared byte for byte: a step,
 * a step back, a reset or a load all change it, and nothing else does).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/analysis/probe.h"
#include "tui/views/views.h"

void views_init(struct views *views)
{
	memset(views, 0, sizeof *views);
	views->k = 2;
	views->value = -1;
	views->map_k = -1;
}

void views_map_grid(int height, int width, int *rows, int *cols)
{
	/* A title, the b labels above, the legend below. */
	*rows = height - 3;
	*cols = (width - VIEWS_MAP_LABEL_W - 1) / VIEWS_MAP_CELL_W;
	if (*rows > VIEWS_MAP_MAX_ROWS)
		*rows = VIEWS_MAP_MAX_ROWS;
	if (*cols > VIEWS_MAP_MAX_COLS)
		*cols = VIEWS_MAP_MAX_COLS;
	if (*rows < 2 || *cols < 2)
		*rows = *cols = 0;
}

/* Whether the weights differ from the copy kept; keep them if so. */
static bool changed(struct network *kept, const struct network *now)
{
	if (memcmp(kept, now, sizeof *now) == 0)
		return false;
	*kept = *now;
	return true;
}

void views_update_map(struct views *views, const struct trainer *trainer, int rows, int cols)
{
	const struct network *net = trainer_network(trainer);
	bool moved = changed(&views->map_net, net);

	if (!moved && rows == views->rows && cols == views->cols && views->k == views->map_k)
		return;
	views->rows = rows;
	views->cols = cols;
	views->map_k = views->k;
	if (rows > 0 && cols > 0)
		probe_map(net, views->k, rows, cols, views->p_edge, views->h);
}

void views_update_fired(struct views *views, const struct trainer *trainer, bool running, double now)
{
	const struct network *net = trainer_network(trainer);
	const struct dataset *train = trainer_train_set(trainer);

	if (views->fired_known && running && now - views->fired_time < VIEWS_FIRED_PERIOD)
		return;
	bool same_data =
		views->fired_trainer == trainer && views->fired_data == trainer_data_generation(trainer);

	if (!changed(&views->fired_net, net) && views->fired_known && same_data)
		return;
	probe_fired(net, train, views->fired);
	for (int j = 0; j < net->hidden; j++)
		views->dead[j] = probe_dead(net, views->fired[j]);
	views->train_size = train->size;
	views->fired_trainer = trainer;
	views->fired_data = trainer_data_generation(trainer);
	views->fired_known = true;
	views->fired_time = now;
}

void views_update_activity(struct views *views, const struct trainer *trainer, bool running, double now)
{
	long step = trainer_step_count(trainer);
	bool moved;

	if (views->activity_known && running && views->activity_trainer == trainer &&
	    now - views->activity_time < VIEWS_ACTIVITY_PERIOD)
		return;
	moved = changed(&views->activity_net, trainer_network(trainer));
	if (views->activity_known && !moved && views->activity_trainer == trainer &&
	    views->activity_step == step)
		return;
	views->activity_time = now;
	trainer_neuron_activity(trainer, &views->activity);
	views->activity_trainer = trainer;
	views->activity_step = step;
	views->activity_known = true;
}

bool views_map_cell(const struct views *views, const struct patch *patch, int *row, int *col)
{
	double a, b;

	if (patch == NULL || views->rows < 2 || views->cols < 2 ||
	    !probe_family_member(patch, views->k, &a, &b))
		return false;
	*row = (int)lround(a * (views->rows - 1));
	*col = (int)lround(b * (views->cols - 1));
	return *row >= 0 && *row < views->rows && *col >= 0 && *col < views->cols;
}
