/*
 * Shared by the modes: one-line errors and the trainer the options describe.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "core/data_file.h"
#include "core/weights_file.h"

void cli_error(const char *format, ...)
{
	va_list args;

	fflush(stdout);
	fputs("edgeviz: ", stderr);
	va_start(args, format);
	vfprintf(stderr, format, args);
	va_end(args);
	fputc('\n', stderr);
}

int cli_load_network(const struct options *o, struct network *net)
{
	char err[512];

	if (weights_load(net, o->load_path, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		return -1;
	}
	if (o->hidden_given && net->hidden != o->config.hidden) {
		cli_error("--hidden %d does not match the %d hidden neurons of '%s'", o->config.hidden,
			  net->hidden, o->load_path);
		return -1;
	}
	if (o->activation_given)
		net->activation = o->config.activation;
	return 0;
}

int cli_load_data(const struct options *o, struct cli_data *data)
{
	char err[512];

	memset(data, 0, sizeof(*data));
	if (o->train_data_path != NULL &&
	    data_file_load(o->train_data_path, &data->train, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		return -1;
	}
	if (o->test_data_path != NULL &&
	    data_file_load(o->test_data_path, &data->test, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		cli_free_data(data);
		return -1;
	}
	return 0;
}

void cli_free_data(struct cli_data *data)
{
	dataset_free(&data->train);
	dataset_free(&data->test);
}

struct trainer *cli_make_trainer(const struct options *o, const struct cli_data *data)
{
	char err[512];
	struct network net;
	struct trainer *t =
		trainer_create_with_data(&o->config, data->train.size > 0 ? &data->train : NULL,
					 data->test.size > 0 ? &data->test : NULL, err, sizeof(err));

	if (t == NULL) {
		cli_error("%s", err);
		return NULL;
	}
	if (o->load_path == NULL)
		return t;
	if (cli_load_network(o, &net) != 0) {
		trainer_destroy(t);
		return NULL;
	}
	if (trainer_start_from(t, &net, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		trainer_destroy(t);
		return NULL;
	}
	return t;
}
