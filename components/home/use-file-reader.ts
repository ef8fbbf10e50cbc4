"use client";

import { useCallback, useState } from "react";
import { readInputFile } from "@/lib/input/read-file";

export type FileReadState = { fileName: string | null; error: string | null; reading: boolean };

/**
 * Reads a dropped or chosen file into text in the browser (mammoth for .docx, loaded on
 * demand), so the text lands in the field where the editor can still change it before
 * analyzing, and embargoed text never leaves the machine until Analyze is pressed.
 * `onText` receives the text; a failure leaves the field as it was and sets `error`.
 */
export function useFileReader(onText: (text: string) => void) {
  const [state, setState] = useState<FileReadState>({ fileName: null, error: null, reading: false });

  const read = useCallback(
    async (file: File) => {
      setState({ fileName: null, error: null, reading: true });
      const result = await readInputFile(file);
      if (result.ok) {
        onText(result.text);
        setState({ fileName: file.name, error: null, reading: false });
      } else {
        setState({ fileName: null, error: result.message, reading: false });
      }
    },
    [onText],
  );

  /** Forget the file name (the editor typed over it or loaded the example). */
  const clear = useCallback(() => setState({ fileName: null, error: null, reading: false }), []);

  return { ...state, read, clear };
}
