"use client";

import type { RouterOutputs } from "@closebook/api";
import { maxCsvPreviewBytes, type ActionVerdict, type StatementFormat } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileUp, Upload } from "lucide-react";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { toast } from "sonner";
import { ActionOutcome } from "@/components/action-outcome";
import { VerdictButton } from "@/components/action-verdict";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { CsvProfileForm } from "@/features/bank-accounts/csv-profile-form";
import type { BankAccountRow } from "@/features/bank-accounts/bank-account-columns";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { SubmissionKeys } from "@/lib/request-key";
import { useTRPC } from "@/trpc/react-provider";

type StatementImport = RouterOutputs["statements"]["importStatus"];

interface ChosenFile {
  name: string;
  size: number;
  /** The whole file, base64. */
  content: string;
  /** Its start (at most `maxCsvPreviewBytes`, cut at a line break), base64: what the format check and the preview read. */
  head: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a file in the browser: the bytes as base64, and their start for the preview. */
async function readFile(file: File): Promise<ChosenFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let head = bytes;
  if (bytes.length > maxCsvPreviewBytes) {
    const start = bytes.subarray(0, maxCsvPreviewBytes);
    const lastBreak = start.lastIndexOf(0x0a);
    head = start.subarray(0, lastBreak > 0 ? lastBreak + 1 : start.length);
  }
  return { name: file.name, size: file.size, content: toBase64(bytes), head: toBase64(head) };
}

const formatNames: Record<StatementFormat, string> = { "camt.053": "camt.053 (ISO 20022)", ofx: "OFX / QFX", mt940: "MT940", csv: "CSV" };

/** The outcome of an import: statements, new lines, duplicates skipped, and every warning. */
function ImportSummary({ result }: { result: NonNullable<StatementImport["result"]> }) {
  return (
    <dl className="grid grid-cols-3 gap-2 rounded-md border border-zinc-200 bg-zinc-50 p-3 text-center" aria-label="Import outcome">
      <div>
        <dt className="text-xs text-zinc-500">Statements imported</dt>
        <dd className="text-lg font-semibold tabular-nums" data-testid="statements-imported">
          {result.statementsImported}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-zinc-500">New lines</dt>
        <dd className="text-lg font-semibold text-green-700 tabular-nums" data-testid="lines-new">
          {result.linesNew}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-zinc-500">Duplicates skipped</dt>
        <dd className="text-lg font-semibold text-zinc-700 tabular-nums" data-testid="lines-duplicate">
          {result.linesDuplicate}
        </dd>
      </div>
    </dl>
  );
}

/**
 * Imports a statement file into a bank account: drag and drop or pick a file, read in the browser
 * to base64; the server says what format it is. A CSV file is read with a saved profile or a new
 * one (with the live preview). The outcome shows here and as a toast; a large file imports in the
 * background with a progress bar until it succeeds or fails.
 */
export function StatementImportDialog({ bankAccount, verdict }: { bankAccount: BankAccountRow; verdict: ActionVerdict }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [profileId, setProfileId] = useState("");
  const [creatingProfile, setCreatingProfile] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [imported, setImported] = useState<StatementImport | null>(null);

  const detected = useQuery({ ...trpc.statements.previewCsv.queryOptions({ bankAccountId: bankAccount.id, content: file?.head ?? "" }), enabled: file !== null });
  const format = detected.data?.format;
  const profiles = useQuery({ ...trpc.statements.csvProfiles.queryOptions({ bankAccountId: bankAccount.id }), enabled: format === "csv" });
  const running = imported !== null && (imported.status === "queued" || imported.status === "running");
  const status = useQuery({ ...trpc.statements.importStatus.queryOptions({ importId: imported?.id ?? "" }), enabled: running, refetchInterval: 1000 });

  useEffect(() => {
    const next = status.data;
    if (!next || !imported || next.id !== imported.id || (next.status === imported.status && next.linesProcessed === imported.linesProcessed)) return;
    setImported(next);
    if (next.status === "succeeded" && next.result) {
      toast.success(`Imported ${next.fileName}: ${next.result.linesNew} new line(s), ${next.result.linesDuplicate} duplicate(s) skipped.`);
      for (const warning of next.result.warnings) toast.warning(warning.message);
      void queryClient.invalidateQueries(trpc.statements.pathFilter());
      void queryClient.invalidateQueries(trpc.bankAccounts.pathFilter());
    }
    if (next.status === "failed") toast.error(`${next.fileName} was not imported: ${next.failure?.message ?? "the import failed"}`);
  }, [status.data]);

  const importFile = useMutation(
    trpc.statements.import.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setImported(outcome.state);
        setResult(successResult(outcome));
        await Promise.all([queryClient.invalidateQueries(trpc.statements.pathFilter()), queryClient.invalidateQueries(trpc.bankAccounts.pathFilter())]);
      },
      onError: (error) => setResult(failureReport(error, { title: "Nothing was imported", unreachable: "Could not reach Closebook, so the file may not be imported yet. Import again to retry: nothing is imported twice." }).result),
    }),
  );

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setReading(true);
    setResult(null);
    setImported(null);
    setCreatingProfile(false);
    setProfileId("");
    try {
      setFile(await readFile(chosen));
    } finally {
      setReading(false);
    }
  }
  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  }
  function reset(nextOpen: boolean) {
    setOpen(nextOpen);
    if (!nextOpen) {
      setFile(null);
      setResult(null);
      setImported(null);
      setProfileId("");
      setCreatingProfile(false);
    }
  }
  function start() {
    if (!file || importFile.isPending) return;
    const request = { bankAccountId: bankAccount.id, fileName: file.name, content: file.content, ...(format === "csv" && profileId ? { profileId } : {}) };
    setResult(null);
    importFile.mutate({ ...request, idempotencyKey: keys.current.keyFor(request) });
  }

  const needsProfile = format === "csv" && !profileId;
  const progress = imported && imported.linesTotal > 0 ? Math.round((imported.linesProcessed / imported.linesTotal) * 100) : 0;

  return (
    <>
      <VerdictButton verdict={verdict} showReason={false} variant="primary" onClick={() => setOpen(true)}>
        <FileUp />
        Import statement
      </VerdictButton>
      <Dialog open={open} onOpenChange={reset}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-4xl">
          <DialogHeader>
            <DialogTitle>Import a statement</DialogTitle>
            <DialogDescription>
              Into {bankAccount.ledgerCode} {bankAccount.ledgerName} ({bankAccount.iban ?? bankAccount.accountNumber}, {bankAccount.currency}): camt.053, OFX/QFX, MT940 or CSV. Lines imported before are skipped.
            </DialogDescription>
          </DialogHeader>
          <div className="flex flex-col gap-4">
            <div
              role="group"
              aria-label="Statement file drop zone"
              data-testid="drop-zone"
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              className={cn("flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center text-[13px] text-zinc-600", dragging ? "border-brand-500 bg-brand-50" : "border-zinc-300")}
            >
              <Upload className="size-5 text-zinc-400" />
              <span>{reading ? "Reading the file…" : file ? `${file.name} (${file.size.toLocaleString()} bytes)` : "Drop a statement file here"}</span>
              <input ref={input} type="file" className="sr-only" aria-label="Statement file" accept=".xml,.csv,.txt,.ofx,.qfx,.sta,.mt940" onChange={(event) => void choose(event.target.files?.[0])} />
              <Button size="sm" onClick={() => input.current?.click()}>
                {file ? "Choose another file" : "Choose a file"}
              </Button>
            </div>

            {file && detected.isPending ? <p className="text-xs text-zinc-500">Recognizing the format…</p> : null}
            {detected.error ? <p className="text-xs text-red-700">{detected.error.message}</p> : null}
            {format ? (
              <p className="text-[13px] text-zinc-700" data-testid="detected-format">
                Format: <span className="font-medium">{formatNames[format] ?? format}</span>
              </p>
            ) : null}

            {format === "csv" && detected.data && !creatingProfile ? (
              <div className="flex items-end gap-2">
                <Field label="CSV profile" className="w-80">
                  {(control) => (
                    <NativeSelect {...control} value={profileId} onChange={(event) => (event.target.value === "new" ? setCreatingProfile(true) : setProfileId(event.target.value))}>
                      <option value="">Choose how the bank's CSV is read</option>
                      {(profiles.data ?? []).map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                          {p.bankAccountId ? "" : " (shared)"}
                        </option>
                      ))}
                      <option value="new">Create a new profile…</option>
                    </NativeSelect>
                  )}
                </Field>
              </div>
            ) : null}
            {format === "csv" && detected.data && file && creatingProfile ? (
              <CsvProfileForm
                bankAccountId={bankAccount.id}
                content={file.head}
                fileName={file.name}
                sniff={detected.data.sniff}
                onCancel={() => setCreatingProfile(false)}
                onSaved={(id) => {
                  setProfileId(id);
                  setCreatingProfile(false);
                }}
              />
            ) : null}

            <ActionOutcome result={result} />
            {imported && running ? (
              <div className="flex flex-col gap-1" aria-live="polite">
                <span className="text-xs text-zinc-600">
                  Importing in the background: {imported.linesProcessed.toLocaleString()} of {imported.linesTotal ? imported.linesTotal.toLocaleString() : "?"} lines
                </span>
                <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} className="h-2 overflow-hidden rounded bg-zinc-100">
                  <div className="h-full bg-brand-600 transition-all" style={{ width: `${progress}%` }} />
                </div>
              </div>
            ) : null}
            {imported?.status === "failed" ? (
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800">
                Nothing was imported: {imported.failure?.message}
              </p>
            ) : null}
            {imported?.status === "succeeded" && imported.result ? (
              <>
                <ImportSummary result={imported.result} />
                {running || !imported.background ? null : (
                  <ul className="text-[13px] text-amber-800">
                    {imported.result.warnings.map((w, i) => (
                      <li key={i}>{w.message}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : null}

            <div className="flex justify-end gap-2 border-t border-zinc-100 pt-3">
              <Button variant="ghost" onClick={() => reset(false)}>
                Close
              </Button>
              <Button variant="primary" disabled={!file || !format || needsProfile || creatingProfile || importFile.isPending || running} onClick={start}>
                {importFile.isPending ? "Importing…" : "Import"}
              </Button>
            </div>
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}
