/**
 * Compile-time proof that a schema and the type it describes are in step:
 *
 *   type _Checks = [Expect<Same<z.infer<typeof accountSchema>, AccountRecord>>];
 *
 * compiles only when each type is assignable to the other, so a field missing on either side,
 * a nullable or enum that differs, or a wrong field type fails `tsc`.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Expect<T extends true> = T;
