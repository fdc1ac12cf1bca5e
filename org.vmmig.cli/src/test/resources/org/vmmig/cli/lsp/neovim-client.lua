-- Drives headless Neovim for NeovimClientTest: opens the model with editors/neovim's configuration, waits for
-- the server's diagnostics, asks completion at the position given, and writes what Neovim received as JSON.
local repo = os.getenv('VMMIG_REPO')
local result_file = os.getenv('VMMIG_NVIM_RESULT')
vim.opt.runtimepath:append(repo .. '/editors/neovim')
require('vmmig').setup({ cmd = vim.fn.json_decode(os.getenv('VMMIG_LSP_CMD')) })

local function finish(result)
  local file = io.open(result_file, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('VMMIG_MODEL')))
local got = vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not got then
  finish({ error = 'no diagnostics from the server within 120 s' })
  return
end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = d.code or lsp.code, message = d.message, severity = d.severity })
end

local line = tonumber(os.getenv('VMMIG_COMPLETE_LINE'))
local character = tonumber(os.getenv('VMMIG_COMPLETE_CHARACTER'))
local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = character } }
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 60000) or {}
local labels = {}
for _, response in pairs(responses) do
  local items = response.result and (response.result.items or response.result) or {}
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
  end
end
finish({ diagnostics = diagnostics, completion = labels })
