/*
 * Files for slides and spreadsheets, written from a run's state: the
 * per-epoch metrics as CSV (the same columns as --csv), and a hidden
 * neuron's 5x5 weights as a PGM image, scaled up. Each is saved atomically.
 */
#ifndef EDGEVIZ_EXPORT_H
#define EDGEVIZ_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "core/network.h"
#include "core/trainer.h"

#define EXPORT_CSV_HEADER "epoch,loss,train_acc,test_acc"
#define EXPORT_PGM_MAX_SCALE 64

/*
 * Write a loss as Python prints it: to `decimals` places, or to 17
 * significant digits when decimals < 0; "nan" and "inf" without the sign C
 * may give a NaN.
 */
void export_write_loss(FILE *f, double loss, int decimals);

/*
 * Write v in the fewest significant digits (15 to 17) that read back as v
 * exactly: 0.05 rather than 0.050000000000000003; nan and inf as numpy.
 */
void export_write_exact(FILE *f, double v);

/*
 * Write net's decision map (--map): header k,a,b,p_edge, then p(Edge) of
 * every family patch (probe.h) for k in 1 .. 4 and a, b in 0, 0.05 .. 1,
 * each value exact. Return 0, or -1 with a one-line reason in err.
 */
int export_map_csv(const struct network *net, const char *path, char *err, size_t err_size);

/* Write one epoch's CSV row (with its newline): loss to 17 digits, nan and inf as numpy. */
void export_csv_row(FILE *f, const struct epoch_record *record);

/*
 * Write the epochs the trainer still keeps, header first, to path. Return 0,
 * or -1 with a one-line reason in err.
 */
int export_epochs_csv(const struct trainer *trainer, const char *path, char *err, size_t err_size);

/*
 * Write hidden neuron `neuron`'s 25 input weights as a binary PGM (P5) of
 * 5 * scale by 5 * scale pixels, one scale x scale square a weight: mid-gray
 * for 0, white for the largest positive weight of the neuron, black for the
 * most negative, on one symmetric scale. Return 0, or -1 with a reason.
 */
int export_neuron_pgm(const struct network *net, int neuron, int scale, const char *path, char *err,
		      size_t err_size);

/*
 * The same image of what training added to the neuron (added is W - W(step
 * 0), from trainer_weights_added), titled so in its comment, on one
 * symmetric scale shared by all neurons so that their changes compare.
 */
int export_added_pgm(const struct network *added, int neuron, int scale, const char *path, char *err,
		     size_t err_size);

#endif
