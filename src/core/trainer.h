/*
 * The training run a person steps through: the data, the network, where the
 * run stands (step and phase), its metrics, and its history, so that any
 * earlier step can be brought back exactly.
 *
 * A step is one SGD update on one training sample, made of four phases:
 * forward, loss, backward, update. Samples are visited in order, epoch after
 * epoch, as the tutorial's loop does. The run stands either on a step
 * boundary (phase TRAINER_PHASE_READY at step 0, or TRAINER_PHASE_UPDATE once
 * the update of the step just made is shown) or in the middle of the next
 * sample (after its forward, loss or backward phase).
 *
 * Every path (phase by phase, sample by sample, the fast run) gives the same
 * weights bit for bit, and stepping back restores them and every metric
 * exactly. The history is bounded: recent steps are kept whole, older ones as
 * thinning checkpoints from which the run is replayed.
 */
#ifndef EDGEVIZ_TRAINER_H
#define EDGEVIZ_TRAINER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "network.h"

struct trainer;

struct trainer_config {
	uint32_t seed;		/* numpy seed for data, then weights */
	int hidden;		/* NETWORK_MIN_HIDDEN .. NETWORK_MAX_HIDDEN */
	double lr;		/* > 0 and finite */
	int train_size;		/* 1 .. DATASET_MAX_SIZE */
	int test_size;		/* 1 .. DATASET_MAX_SIZE */
	enum activation activation;	/* the hidden layer's gate; ReLU by default */
};

/* The tutorial's "Try It Yourself" run: seed 42, 8 hidden, lr 0.1, 100/20. */
extern const struct trainer_config TRAINER_DEFAULTS;

enum trainer_phase {
	TRAINER_PHASE_READY,	/* step 0, nothing computed yet */
	TRAINER_PHASE_FORWARD,	/* z1, h, z2, p of the current sample */
	TRAINER_PHASE_LOSS,	/* and its loss */
	TRAINER_PHASE_BACKWARD,	/* and every gradient */
	TRAINER_PHASE_UPDATE,	/* the weights updated: a step is done */
};

/* What one epoch measured. */
struct epoch_record {
	long epoch;		/* from 0 */
	double loss;		/* mean of each sample's loss taken before its update */
	int train_correct;	/* training samples right in that same pass */
	int test_correct;	/* test samples right after the epoch */
	double train_acc;	/* train_correct / train size */
	double test_acc;	/* test_correct / test size */
};

/*
 * Check config, draw the data (training set, then test set) and the initial
 * weights from its seed. Return the trainer, or NULL with a one-line reason
 * in err (a bad value, or out of memory).
 */
struct trainer *trainer_create(const struct trainer_config *config, char *err, size_t err_size);

/*
 * The same, with train and test (each may be NULL) replacing the drawn
 * training and test sets: the seed still draws the sets of config's sizes
 * first and then the weights, so the starting weights are those of the
 * run without them. The sets are copied.
 */
struct trainer *trainer_create_with_data(const struct trainer_config *config, const struct dataset *train,
					 const struct dataset *test, char *err, size_t err_size);

void trainer_destroy(struct trainer *trainer);

/*
 * Start over from net instead of the drawn weights (as --load does): the run
 * goes back to step 0 with the same data, and net becomes its step 0. Return
 * 0, or -1 with a reason in err (hidden size out of range, non-finite values).
 */
int trainer_start_from(struct trainer *trainer, const struct network *net, char *err, size_t err_size);

/* Advance one phase. */
void trainer_step_phase(struct trainer *trainer);

/* Finish the current sample, or train the next one whole when on a boundary. */
void trainer_step_sample(struct trainer *trainer);

/* Train steps whole samples by the fast path; stops on a step boundary. */
void trainer_run(struct trainer *trainer, long steps);

/*
 * Steps from the current boundary until epochs epochs are done, with the
 * training set as it is now (0 if they are done already).
 */
long trainer_steps_to_epochs(const struct trainer *trainer, long epochs);

/* Train to the end of the current epoch (a whole epoch when on its start). */
void trainer_run_epoch(struct trainer *trainer);

/*
 * Go back to the previous step boundary: from the middle of a sample to the
 * boundary it started from, from a boundary to the one before it; on the
 * boundary where a patch was just added, undo the add first. Return 0, or
 * -1 when already at step 0 with nothing computed or added.
 */
int trainer_step_back(struct trainer *trainer);

/*
 * Add patch with label at the end of the training set, as part of the run's
 * history: it is trained when the epoch in progress reaches it (at its end),
 * and in every epoch after. In the middle of a sample, the sample starts
 * again from its boundary. trainer_step_back undoes the add; going back to
 * an earlier step forgets it; trainer_reset keeps it as part of step 0's
 * data. Return 0, or -1 with a reason in err (set full, bad values).
 */
int trainer_add_patch(struct trainer *trainer, const struct patch *patch, enum label label, char *err,
		      size_t err_size);

/*
 * Take the training set's patch index out, as part of the run's history
 * like an add: the samples after it move down one place, the epoch in
 * progress goes on with those still to come. Return 0, or -1 with a reason
 * in err (the set's last patch; the next sample when it is its epoch's
 * last, which would end the epoch without a step).
 */
int trainer_remove_patch(struct trainer *trainer, int index, char *err, size_t err_size);

/* True when the last thing done is an add or a remove (trainer_step_back will undo it). */
bool trainer_data_changed_here(const struct trainer *trainer);

/* Go to the boundary after exactly step updates (back or forward). */
void trainer_goto_step(struct trainer *trainer, long step);

/* Back to step 0 with the current data (patches added stay) and the initial weights. */
void trainer_reset(struct trainer *trainer);

/*
 * The same run with another gate: back to step 0, the same data and
 * initial weights, with activation as the hidden layer's f.
 */
void trainer_set_activation(struct trainer *trainer, enum activation activation);

/* The learning rate for the steps to come; ignored unless > 0 and finite. */
void trainer_set_lr(struct trainer *trainer, double lr);
double trainer_lr(const struct trainer *trainer);

const struct trainer_config *trainer_config(const struct trainer *trainer);
const struct network *trainer_network(const struct trainer *trainer);
/* The weights as they were before the last update (valid in phase UPDATE). */
const struct network *trainer_network_before_update(const struct trainer *trainer);
/* The current sample's intermediates, filled up to the current phase. */
const struct pass *trainer_pass(const struct trainer *trainer);
enum trainer_phase trainer_phase(const struct trainer *trainer);
const char *trainer_phase_name(enum trainer_phase phase);

/* SGD updates made since step 0. */
long trainer_step_count(const struct trainer *trainer);
/* The epoch the current sample belongs to, from 0. */
long trainer_epoch(const struct trainer *trainer);
/* The current sample's index in the training set, from 0. */
int trainer_sample_index(const struct trainer *trainer);
const struct patch *trainer_sample(const struct trainer *trainer);
enum label trainer_sample_label(const struct trainer *trainer);

const struct dataset *trainer_train_set(const struct trainer *trainer);
const struct dataset *trainer_test_set(const struct trainer *trainer);

/* Epochs completed, and the record of one (NULL if older than those kept). */
long trainer_epochs_done(const struct trainer *trainer);
const struct epoch_record *trainer_epoch_record(const struct trainer *trainer, long epoch);

/* The loss of the sample trained in update step (from 0), if still kept. */
bool trainer_step_loss(const struct trainer *trainer, long step, double *loss);
/* The first step whose loss is still kept. */
long trainer_oldest_step_loss(const struct trainer *trainer);

/* The epoch in progress: samples trained, their loss sum and right answers. */
void trainer_epoch_progress(const struct trainer *trainer, int *samples, double *loss_sum,
			    int *correct);

/* Test samples the current weights get right. */
int trainer_test_correct(const struct trainer *trainer);

/*
 * The same, and the test set's mean loss with the current weights (each
 * sample's -log(p + 1e-8) for its label, as the training loss is taken)
 * into *mean_loss.
 */
int trainer_test_evaluate(const struct trainer *trainer, double *mean_loss);

/*
 * The training samples the current weights get wrong: their indices, in
 * order, into indices (at most capacity of them). Return how many there are.
 */
int trainer_wrong_samples(const struct trainer *trainer, int *indices, int capacity);

/* True when the weights or the last loss are no longer finite numbers. */
bool trainer_diverged(const struct trainer *trainer);

/* Bytes the history holds now: for tests that it stays bounded. */
size_t trainer_history_bytes(const struct trainer *trainer);

#endif
