import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/contract';
import type { Core } from '../core/context';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, core: Core) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** A domain's share of the handlers, checked against the contract. */
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
