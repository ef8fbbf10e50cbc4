/**
 * Initialisms that news copy writes with dots ("U.S.", "U.N."): when a text spaces their
 * letters apart ("U. S.") the spacing is damage, not a person's initials ("George W. Bush",
 * "J. R. R. Tolkien" are never in this list).
 */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `U.S. U.K. U.N. E.U. D.C. U.S.A. U.A.E. P.M. A.M. B.C. A.D. N.Y. L.A. N.J. S.C. N.C. R.I.
  N.H. N.Z. U.S.S.R. E.U.'s U.N.'s A.I. G.O.P. F.B.I. C.I.A. N.A.T.O. I.M.F. W.H.O. K.G.B.`.split(/\s+/).filter(Boolean),
);
