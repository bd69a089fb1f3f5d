import { badRequest, conflict } from "../api-error.js";
import type { Params } from "../request-params.js";
import type { MethodTable } from "./method.js";

const MAX_LIMIT = 100;

export const updateMethods: MethodTable = {
  async getUpdates(api, params, context) {
    if (api.webhook.current) {
      throw conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const poll = api.polling.begin(context.signal);
    try {
      const offset = params.integer("offset");
      const limit = clamp(params.integer("limit") ?? MAX_LIMIT, 1, MAX_LIMIT);
      const timeoutSeconds = Math.max(0, params.integer("timeout") ?? 0);
      api.updates.setAllowedUpdates(allowedUpdates(params));
      // Asking for an offset confirms everything below it: that is when a
      // simulated user's update counts as handled.
      if (offset !== undefined) api.updates.confirm(offset);
      const from = offset !== undefined && offset > 0 ? offset : 0;
      let updates = api.updates.deliverable(from, limit);
      if (updates.length === 0 && timeoutSeconds > 0) {
        await api.updates.waitForPush(timeoutSeconds * 1000, poll.signal);
        // A superseded poll takes no updates: it waits for its 409 or its client's hang-up.
        if (poll.superseded) await poll.ended();
        const endedWith = poll.endedWith();
        if (endedWith) throw endedWith;
        updates = poll.signal.aborted ? [] : api.updates.deliverable(from, limit);
      }
      return updates;
    } finally {
      api.polling.finish(poll);
    }
  },

  setWebhook(api, params) {
    const url = params.string("url") ?? "";
    // Telegram treats an empty URL as "remove the webhook".
    if (url === "") {
      api.webhook.clear();
      return true;
    }
    if (!URL.canParse(url)) throw badRequest("bad webhook: Failed to resolve host: Name or service not known");
    const secretToken = params.string("secret_token");
    if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest("secret token contains unallowed characters");
    }
    if (params.boolean("drop_pending_updates")) api.updates.dropAll("setWebhook with drop_pending_updates");
    api.updates.setAllowedUpdates(allowedUpdates(params));
    // Real Telegram demands HTTPS on ports 443/80/88/8443; a local emulator
    // must accept a plain http://127.0.0.1:<port> test server.
    api.polling.cancel(conflict("terminated by setWebhook request"));
    api.webhook.set({ url, secretToken, maxConnections: params.integer("max_connections") ?? 40 });
    return true;
  },

  deleteWebhook(api, params) {
    if (params.boolean("drop_pending_updates")) api.updates.dropAll("deleteWebhook with drop_pending_updates");
    api.webhook.clear();
    return true;
  },

  getWebhookInfo(api) {
    return api.webhook.info();
  },
};

function allowedUpdates(params: Params): string[] | undefined {
  const value = params.json("allowed_updates");
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((entry): entry is string => typeof entry === "string")) {
    throw badRequest("can't parse allowed_updates JSON array");
  }
  return value;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
