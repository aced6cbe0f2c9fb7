/** Something the person should know although the action succeeded. */
export interface Warning {
  code: string;
  message: string;
}

/**
 * What a mutating use case returns: the new state, a message for a person, the steps it
 * triggered, the warnings, and whether this is a replay of an earlier call with the same key.
 */
export interface Outcome<State> {
  state: State;
  message: string;
  triggered: string[];
  warnings: Warning[];
  replayed: boolean;
}

export function outcome<State>(state: State, message: string, extra: { triggered?: string[]; warnings?: Warning[] } = {}): Outcome<State> {
  return { state, message, triggered: extra.triggered ?? [], warnings: extra.warnings ?? [], replayed: false };
}
