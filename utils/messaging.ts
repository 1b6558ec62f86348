/**
 * The typed message channel between the content script and the background, over @webext-core/messaging.
 * Every request and every response is validated with the zod schemas of lib/messages.ts on BOTH ends:
 * the sender checks what it sends and what comes back, the receiver checks what arrives and what it
 * answers. A message that fails validation is an error, never silently passed on.
 */
import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import type { z } from 'zod';
import {
  AnalyseRequest,
  AnalyseResponse,
  AddAsSourceRequest,
  AddAsSourceResponse,
  AnalyseTabRequest,
  AnalyseTabResponse,
  LoadAnalyserRequest,
  SuggestPlacesRequest,
  SuggestPlacesResponse,
  RejectDetectionRequest,
  RejectDetectionResponse,
  RejectedForUrlRequest,
  RejectedForUrlResponse,
  UndoRejectionRequest,
  UndoRejectionResponse,
  LoadAnalyserResponse,
  SaveIncidentRequest,
  SaveIncidentResponse,
  SavedForUrlRequest,
  SavedForUrlResponse,
} from '../lib/messages';

/** Request and response schema of each message type. */
export const MESSAGE_SCHEMAS = {
  analyse: { request: AnalyseRequest, response: AnalyseResponse },
  saveIncident: { request: SaveIncidentRequest, response: SaveIncidentResponse },
  addAsSource: { request: AddAsSourceRequest, response: AddAsSourceResponse },
  savedForUrl: { request: SavedForUrlRequest, response: SavedForUrlResponse },
  loadAnalyser: { request: LoadAnalyserRequest, response: LoadAnalyserResponse },
  suggestPlaces: { request: SuggestPlacesRequest, response: SuggestPlacesResponse },
  analyseTab: { request: AnalyseTabRequest, response: AnalyseTabResponse },
  rejectDetection: { request: RejectDetectionRequest, response: RejectDetectionResponse },
  undoRejection: { request: UndoRejectionRequest, response: UndoRejectionResponse },
  rejectedForUrl: { request: RejectedForUrlRequest, response: RejectedForUrlResponse },
} as const;

type Schemas = typeof MESSAGE_SCHEMAS;
export type MessageType = keyof Schemas;
export type RequestOf<K extends MessageType> = z.infer<Schemas[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Schemas[K]['response']>;

// The transport's protocol map is deliberately loose (unknown in, unknown out): the types callers see come
// from the zod schemas through sendMessage/onMessage below, after validation.
const transport = defineExtensionMessaging<Record<MessageType, unknown>>() as unknown as {
  sendMessage(type: MessageType, data: unknown): Promise<unknown>;
  onMessage(type: MessageType, cb: (message: { data: unknown } & ExtensionMessage) => Promise<unknown>): () => void;
};
export type MessageSender = ExtensionMessage['sender'];

export class MessageValidationError extends Error {
  constructor(type: string, side: 'request' | 'response', issues: string) {
    super(`Invalid ${type} ${side}: ${issues}`);
    this.name = 'MessageValidationError';
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown, type: string, side: 'request' | 'response'): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new MessageValidationError(type, side, issues);
  }
  return result.data;
}

/** Send a message to the background: validates the request before sending and the response on arrival. */
export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const { request, response } = MESSAGE_SCHEMAS[type];
  const checked = parse(request, data, type, 'request');
  const answer = await transport.sendMessage(type, checked);
  return parse(response, answer, type, 'response') as ResponseOf<K>;
}

/** Answer a message type (background): validates what arrives and what the handler returns. */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (data: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>,
): () => void {
  const { request, response } = MESSAGE_SCHEMAS[type];
  return transport.onMessage(type, async (message) => {
    const data = parse(request, message.data, type, 'request') as RequestOf<K>;
    const result = await handler(data, message.sender);
    return parse(response, result, type, 'response');
  });
}
