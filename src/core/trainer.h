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
	uint32_t seed;		    /* numpy seed for data, then weights */
	int hidden;		    /* NETWORK_MIN_HIDDEN .. NETWORK_MAX_HIDDEN */
	double lr;		    /* > 0 and finite */
	int train_size;		    /* 1 .. DATASET_MAX_SIZE */
	int test_size;		    /* 1 .. DATASET_MAX_SIZE */
	enum activation activation; /* the hidden layer's gate; ReLU by default */
	/*
	 * Also record each epoch's test loss (the learning curve's second
	 * series). Off by default: the softmax and log over the test set every
	 * epoch would slow --batch, which does not print it; the visualizer
	 * turns it on.
	 */
	bool epoch_test_loss;
};

/* The tutorial's "Try It Yourself" run: seed 42, 8 hidden, lr 0.1, 100/20. */
extern const struct trainer_config TRAINER_DEFAULTS;

enum trainer_phase {
	TRAINER_PHASE_READY,	/* step 0, nothing computed yet */
	TRAINER_PHASE_FORWARD,	/* z1, h, z2, p of the current sample */
	TRAINER_PHASE_LOSS,	/* and its loss */
	TRAINER_PHASE_BACKWARD, /* and every gradient */
	TRAINER_PHASE_UPDATE,	/* the weights updated: a step is done */
};

/* What one epoch measured. */
struct epoch_record {
	long epoch;	   /* from 0 */
	double loss;	   /* mean of each sample's loss taken before its update */
	int train_correct; /* training samples right in that same pass */
	int test_correct;  /* test samples right after the epoch */
	double train_acc;  /* train_correct / train size */
	double test_acc;   /* test_correct / test size */
	double test_loss;  /* the test set's mean loss after the epoch; NaN unless config.epoch_test_loss */
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
 * A run of its own that is trainer as it stands: the same data, weights,
 * step, phase, metrics and history, going on independently. NULL when out
 * of memory.
 */
struct trainer *trainer_clone(const struct trainer *trainer);

/*
 * Start over from net instead of the drawn weights (as --load does): the run
 * goes back to step 0 with the same data, and net becomes its step 0. Return
 * 0, or -1 with a reason in err (hidden size out of range, non-finite values).
 */
int trainer_start_from(struct trainer *trainer, const struct network *net, char *err, size_t err_size);

/* Advance one phase. */
void trainer_step_phase(struct trainer *trainer);

/* What the next phase will bring, worked out on copies: the run does not change. */
struct trainer_peek {
	enum trainer_phase phase; /* the phase it is: the one after the current one */
	struct patch sample;	  /* the sample it works on (on a boundary, the next in order) */
	int index;		  /* its index in the training set */
	enum label label;
	double lr;	    /* the learning rate its update uses */
	struct pass pass;   /* the pass as trainer_pass will be after it */
	struct network net; /* the weights as trainer_network will be after it */
};

/*
 * Work out the next phase as trainer_step_phase will do it, bit for bit
 * (the same arithmetic on the same numbers), into *peek, leaving the run as
 * it is: what a question about the coming phase is answered from.
 */
void trainer_peek_phase(const struct trainer *trainer, struct trainer_peek *peek);

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
 * Go back exactly one phase, the mirror of trainer_step_phase: update ->
 * backward -> loss -> forward -> the previous step's update (or step 0).
 * Weights, pass, metrics and history are bit for bit those the run had
 * there. On the boundary where the training set was just changed, undo
 * the change first, as trainer_step_back does. Return 0, or -1 when
 * already at step 0 with nothing computed or changed.
 */
int trainer_phase_back(struct trainer *trainer);

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

/*
 * True when the training set is the one the seed drew: none given in its
 * place (--train-data), no patch added or removed since (one added and
 * kept by trainer_reset counts as a change).
 */
bool trainer_data_is_drawn(const struct trainer *trainer);

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
/* The learning rate the next update will use. */
double trainer_lr(const struct trainer *trainer);
/*
 * The learning rate update step (from 0) was, or will be, made with: a
 * shown update names this one, which may differ from trainer_lr once the
 * rate was changed after it.
 */
double trainer_step_lr(const struct trainer *trainer, long step);
/* The rate of the update on show (phase UPDATE: the last one made), else trainer_lr. */
double trainer_shown_lr(const struct trainer *trainer);
/* The learning rate the last update was made with (step 0: the current one). */
double trainer_update_lr(const struct trainer *trainer);

const struct trainer_config *trainer_config(const struct trainer *trainer);
const struct network *trainer_network(const struct trainer *trainer);
/* The weights as they were before the last update (valid in phase UPDATE). */
const struct network *trainer_network_before_update(const struct trainer *trainer);
/* The weights of step 0: drawn from the seed, or loaded; kept by b, B and reset. */
const struct network *trainer_network_start(const struct trainer *trainer);

/*
 * What training added: every parameter of the current weights minus the
 * same parameter at step 0, into *added (hidden and activation as now).
 */
void trainer_weights_added(const struct trainer *trainer, struct network *added);

/*
 * In phase UPDATE: the sample just trained, forwarded again through the
 * updated weights, into *after (its loss filled too), so that its loss
 * before (trainer_pass) and after its own update compare. Return false in
 * any other phase.
 */
bool trainer_pass_after_update(const struct trainer *trainer, struct pass *after);

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
/*
 * A number that changes whenever the training set in memory may have
 * changed (an add, a remove, an undo, going back), so that what is
 * computed over the set knows when to compute again: the size alone
 * misses a remove and an add on the same step.
 */
unsigned long trainer_data_generation(const struct trainer *trainer);
const struct dataset *trainer_test_set(const struct trainer *trainer);

/* Epochs completed, and the record of one (NULL if older than those kept). */
long trainer_epochs_done(const struct trainer *trainer);
const struct epoch_record *trainer_epoch_record(const struct trainer *trainer, long epoch);
/*
 * The records of epochs epoch .. epoch + *count - 1 that lie together in
 * memory, for summaries of many epochs: at most *count, fewer where the
 * kept records wrap round (*count says how many); NULL if epoch is not kept.
 */
const struct epoch_record *trainer_epoch_span(const struct trainer *trainer, long epoch, long *count);
/* The kept epochs summed up by EPOCH_BLOCK (epoch_digest.h), if block is kept. */
struct epoch_bucket;
const struct epoch_bucket *trainer_epoch_block(const struct trainer *trainer, long block);
/* The epochs older than those kept, folded into buckets (epoch_digest.h). */
struct epoch_digest;
const struct epoch_digest *trainer_epoch_digest(const struct trainer *trainer);
/* The first epoch whose record is still kept (the last 65,536 are). */
long trainer_oldest_epoch(const struct trainer *trainer);

/* The loss of the sample trained in update step (from 0), if still kept. */
bool trainer_step_loss(const struct trainer *trainer, long step, double *loss);
/* The first step whose loss is still kept. */
long trainer_oldest_step_loss(const struct trainer *trainer);

/* The epoch in progress: samples trained, their loss sum and right answers. */
void trainer_epoch_progress(const struct trainer *trainer, int *samples, double *loss_sum, int *correct);

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

/* Samples whose activations trainer_neuron_activity keeps: the sparkline's length. */
#define TRAINER_ACTIVITY_WINDOW 32
/* The most samples of an epoch its mean gradient is taken over (its last ones). */
#define TRAINER_GRADIENT_SAMPLES 1000

/* What each hidden neuron went through lately, replayed from the history. */
struct trainer_activity {
	long grad_epoch;		      /* the epoch mean_grad covers: the last one done; -1 if none */
	int grad_samples;		      /* its samples mean_grad is over: all, or the last 1000 */
	double mean_grad[NETWORK_MAX_HIDDEN]; /* mean |dL/dz1| over them */
	int recent;			      /* samples in h: the last ones stepped, at most the window */
	long first_step;		      /* the update step of h[0] */
	double h[TRAINER_ACTIVITY_WINDOW][NETWORK_MAX_HIDDEN]; /* each one's h, oldest first */
};

/*
 * The gradient that reached each neuron over the last epoch done, and its
 * activation on the last samples stepped, as they were when each was
 * trained. Recomputed on demand by replaying those steps from the history
 * (the fast path keeps nothing of the kind, so training pays nothing for
 * it); the cost is that of the steps replayed: at most the window, the
 * gradient's samples and the distance to the checkpoint before them.
 */
void trainer_neuron_activity(const struct trainer *trainer, struct trainer_activity *activity);

/* True when the weights or the last loss are no longer finite numbers. */
bool trainer_diverged(const struct trainer *trainer);

/* Bytes the history holds now: for tests that it stays bounded. */
size_t trainer_history_bytes(const struct trainer *trainer);

#endif
